package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.CursorCodec;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.ops.domain.TenantDirectory;
import io.tacitcrm.ops.domain.TenantListQuery;
import io.tacitcrm.ops.domain.TenantOverview;
import io.tacitcrm.ops.domain.UsageMeter;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantStatus;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Workspaces as operators handle them: listed with their usage, suspended and resumed, measured on demand. */
@ApplicationScoped
@Transactional
public class TenantOperations {

    public static final int REASON_MAX = 500;

    private final TenantDirectory directory;
    private final UsageMeter meter;
    private final OperatorAudit audit;
    private final CurrentOperator operator;
    private final TenantContext tenantContext;
    private final Clock clock;

    @Inject
    public TenantOperations(TenantDirectory directory, UsageMeter meter, OperatorAudit audit,
            CurrentOperator operator, TenantContext tenantContext, Clock clock) {
        this.directory = directory;
        this.meter = meter;
        this.audit = audit;
        this.operator = operator;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected TenantOperations() {
        this(null, null, null, null, null, null);
    }

    /** A page of workspaces, each with its usage. */
    public Page<TenantOverview, TenantCursor> page(TenantListQuery query) {
        operator.require();
        List<TenantOverview> rows = directory.page(query);
        return Page.of(rows, query.limit(), last -> TenantCursor.after(last, query.sort()), page -> page);
    }

    public TenantOverview get(TenantId tenant) {
        operator.require();
        return directory.find(tenant).orElseThrow(() -> new NotFoundException("tenant"));
    }

    /**
     * Suspends a workspace: nobody of it can sign in (its administrators see the reason), its sessions and tokens
     * stop at their next request, its scheduled and plugin jobs stop; its data stays.
     */
    public TenantOverview suspend(TenantId tenant, String reason) {
        operator.require();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "ops.reason", "say why, in at most " + REASON_MAX
                    + " characters: the workspace's administrators read it");
        }
        TenantOverview current = get(tenant);
        if (!TenantStatus.ACTIVE.name().equals(current.status())) {
            throw new ConflictException("status", "ops.not-active", "The workspace is not active.");
        }
        directory.changeStatus(tenant, TenantStatus.SUSPENDED, Optional.of(why), clock.instant());
        audit.record("SUSPEND", Optional.of(tenant), "suspended the workspace: " + why);
        return get(tenant);
    }

    /** Lets a suspended workspace work again. */
    public TenantOverview resume(TenantId tenant) {
        operator.require();
        TenantOverview current = get(tenant);
        if (!TenantStatus.SUSPENDED.name().equals(current.status())) {
            throw new ConflictException("status", "ops.not-suspended", "The workspace is not suspended.");
        }
        directory.changeStatus(tenant, TenantStatus.ACTIVE, Optional.empty(), clock.instant());
        audit.record("RESUME", Optional.of(tenant), "resumed the workspace");
        return get(tenant);
    }

    /** Lets a workspace that signed up while approval was required work (nobody of it could sign in before). */
    public TenantOverview approve(TenantId tenant) {
        operator.require();
        TenantOverview current = get(tenant);
        if (!TenantStatus.PENDING.name().equals(current.status())) {
            throw new ConflictException("status", "ops.not-pending", "The workspace does not wait for approval.");
        }
        directory.changeStatus(tenant, TenantStatus.ACTIVE, Optional.empty(), clock.instant());
        audit.record("APPROVE", Optional.of(tenant), "approved the workspace's sign-up");
        return get(tenant);
    }

    /** Measures a workspace's usage now, rather than at the next sweep. */
    public TenantOverview measure(TenantId tenant) {
        operator.require();
        get(tenant);
        tenantContext.bind(tenant);
        Instant now = clock.instant();
        meter.measure(tenant, now);
        return get(tenant);
    }

    /** Where a page of the list ended, in the list's order. */
    public record TenantCursor(String key, UUID id) implements Cursor {

        static TenantCursor after(TenantOverview last, TenantListQuery.Sort sort) {
            String key = switch (sort) {
                case NAME -> last.name().toLowerCase(Locale.ROOT);
                case CREATED -> last.createdAt().toString();
                case SIZE -> Long.toString(last.storageBytes());
                case LAST_ACTIVITY -> last.lastActivity().map(Instant::toString).orElse("-infinity");
            };
            return new TenantCursor(key, last.id().value());
        }

        public static TenantListQuery.After decode(String cursor) {
            return CursorCodec.decode(cursor, TenantListQuery.After::new);
        }

        @Override
        public List<Object> keys() {
            return List.of(key, id);
        }

        @Override
        public String encode() {
            return CursorCodec.encode(key, id);
        }
    }
}
