package io.tacitcrm.knowledge.store;

import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.knowledge.domain.Citation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Citations of articles on CRM records. */
public final class CitationStore {

    private static final String COLUMNS = "c.id, c.article_id, a.title, c.record_type, c.record_id, c.customer_id, "
            + "c.opportunity_id, c.cited_by, c.cited_at, c.note from citation c join article a on a.tenant_id = "
            + "c.tenant_id "
            + "and a.id = c.article_id";

    /** Adds the citation; false when the article is already cited on that record. */
    public boolean insert(Connection c, UUID tenant, Citation citation) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into citation (tenant_id, id, article_id, record_type, record_id, customer_id, opportunity_id,
                                      cited_by, cited_at, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, article_id, record_type, record_id) do nothing""")) {
            ps.setObject(1, tenant);
            ps.setObject(2, citation.id());
            ps.setObject(3, citation.articleId());
            ps.setString(4, citation.record().type().name());
            ps.setObject(5, citation.record().id());
            ps.setObject(6, citation.customerId());
            ps.setObject(7, citation.opportunityId().orElse(null));
            ps.setObject(8, citation.citedBy());
            ps.setTimestamp(9, Rows.timestamp(citation.citedAt()));
            ps.setString(10, citation.note());
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<Citation> find(Connection c, UUID tenant, UUID id) throws SQLException {
        return list(c, tenant, "c.id = ?", id, 1).stream().findFirst();
    }

    public void delete(Connection c, UUID tenant, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from citation where tenant_id = ? and id = ?")) {
            ps.setObject(1, tenant);
            ps.setObject(2, id);
            ps.executeUpdate();
        }
    }

    public List<Citation> ofArticle(Connection c, UUID tenant, UUID article, int limit) throws SQLException {
        return list(c, tenant, "c.article_id = ?", article, limit);
    }

    public List<Citation> ofCustomer(Connection c, UUID tenant, UUID customer, int limit) throws SQLException {
        return list(c, tenant, "c.customer_id = ?", customer, limit);
    }

    public List<Citation> ofRecord(Connection c, UUID tenant, RecordRef record, int limit) throws SQLException {
        return list(c, tenant, "c.record_type = '" + record.type().name() + "' and c.record_id = ?", record.id(),
                limit);
    }

    /** How often the article was cited, and the distinct opportunities that cited it (directly or by an activity). */
    public Usage usage(Connection c, UUID tenant, UUID article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select count(*),
                       coalesce(array_agg(distinct opportunity_id) filter (where opportunity_id is not null), '{}')
                  from citation where tenant_id = ? and article_id = ?""")) {
            ps.setObject(1, tenant);
            ps.setObject(2, article);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                UUID[] ids = (UUID[]) rs.getArray(2).getArray();
                return new Usage(rs.getInt(1), Set.of(ids));
            }
        }
    }

    /** Citation count and the opportunities among the cited records. */
    public record Usage(int citations, Set<UUID> opportunities) {
    }

    private List<Citation> list(Connection c, UUID tenant, String condition, UUID value,
            int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " where c.tenant_id = ? and " + condition
                + " order by c.cited_at desc, c.id" + Rows.page(limit, 0))) {
            ps.setObject(1, tenant);
            ps.setObject(2, value);
            List<Citation> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Citation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            new RecordRef(RecordType.valueOf(rs.getString(4)), rs.getObject(5, UUID.class)),
                            rs.getObject(6, UUID.class), Optional.ofNullable(rs.getObject(7, UUID.class)),
                            rs.getObject(8, UUID.class), Rows.instant(rs, "cited_at"), rs.getString(10)));
                }
            }
            return found;
        }
    }
}
