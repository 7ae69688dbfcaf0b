package io.tacitcrm.ops.rest;

import io.tacitcrm.ops.domain.ExportRecord;
import io.tacitcrm.ops.domain.Operator;
import io.tacitcrm.ops.domain.OperatorAuditEntry;
import io.tacitcrm.ops.domain.TenantOverview;
import io.tacitcrm.ops.domain.WorkspaceArchives.ImportedWorkspace;
import io.tacitcrm.ops.service.OperatorPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The operators' API's documents: metadata and counts, never a workspace's record. */
public final class OpsJson {

    private OpsJson() {
    }

    public record OperatorJson(String id, String email, String name, Boolean active, Boolean secondFactorConfirmed,
            Instant createdAt) {

        static OperatorJson of(Operator o) {
            return new OperatorJson(o.id().value().toString(), o.email(), o.name(), o.isActive(),
                    o.secondFactorConfirmed(), o.createdAt());
        }
    }

    public record CurrentOperatorJson(String id, String email, String name) {

        static CurrentOperatorJson of(OperatorPrincipal p) {
            return new CurrentOperatorJson(p.id().value().toString(), p.email(), p.name());
        }
    }

    public record OperatorListJson(List<OperatorJson> items) {
    }

    public record UsersJson(Long active, Long all) {
    }

    public record ApiFiguresJson(Long requests24h, Long errors24h) {
    }

    public record TenantJson(String id, String workspace, String name, String status, String statusReason,
            Instant statusChangedAt, Instant deleteAfter, String plan, String locale, Instant createdAt,
            Instant lastLoginAt,
            Instant lastActivity, UsersJson users, Map<String, Long> records, Long storageBytes, ApiFiguresJson api,
            List<String> pluginsEnabled, Instant measuredAt, Long version) {

        static TenantJson of(TenantOverview t) {
            return new TenantJson(t.id().value().toString(), t.workspace(), t.name(), t.status(),
                    t.statusReason().orElse(null), t.statusChangedAt().orElse(null), t.deleteAfter().orElse(null),
                    t.plan(), t.locale(),
                    t.createdAt(), t.lastLoginAt().orElse(null), t.lastActivity().orElse(null),
                    new UsersJson(t.usersActive(), t.usersAll()), t.records(), t.storageBytes(),
                    new ApiFiguresJson(t.apiRequests24h(), t.apiErrors24h()), t.pluginsEnabled(),
                    t.measuredAt().orElse(null), t.version());
        }
    }

    public record TenantListJson(List<TenantJson> items, String nextCursor) {
    }

    public record OperatorAuditJson(String id, Instant at, String operatorId, String action, String tenantId,
            String summary) {

        static OperatorAuditJson of(OperatorAuditEntry e) {
            return new OperatorAuditJson(e.id().toString(), e.at(),
                    e.operator().map(o -> o.value().toString()).orElse(null), e.action(),
                    e.tenant().map(t -> t.value().toString()).orElse(null), e.summary());
        }
    }

    public record OperatorAuditListJson(List<OperatorAuditJson> items, String nextCursor) {
    }

    public record ExportJson(String id, String operatorId, Instant startedAt, Instant finishedAt, String status,
            Integer tablesTotal, Integer tablesDone, Long rows, Long bytes, String manifestSha256, String problem) {

        static ExportJson of(ExportRecord e) {
            return new ExportJson(e.id().toString(), e.operator().map(o -> o.value().toString()).orElse(null),
                    e.startedAt(), e.finishedAt().orElse(null), e.status().name(), e.tablesTotal(), e.tablesDone(),
                    e.rows(), e.bytes(), e.sha256().orElse(null), e.problem().orElse(null));
        }
    }

    public record ExportListJson(List<ExportJson> items) {
    }

    public record ImportedJson(String id, String sourceWorkspace, String exportedAt, Integer tables, Long rows) {

        static ImportedJson of(ImportedWorkspace w) {
            return new ImportedJson(w.id().value().toString(), w.sourceSlug(), w.exportedAt(), w.tables(), w.rows());
        }
    }
}
