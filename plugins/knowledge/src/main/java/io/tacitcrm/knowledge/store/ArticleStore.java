package io.tacitcrm.knowledge.store;

import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.ArticleVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Articles, their versions and their search terms. */
public final class ArticleStore {

    public Optional<Article> find(Connection c, UUID tenant, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + Rows.ARTICLE_COLUMNS
                + " from article a where a.tenant_id = ? and a.id = ?" + (forUpdate ? " for update" : ""))) {
            ps.setObject(1, tenant);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Rows.article(rs)) : Optional.empty();
            }
        }
    }

    /** Every article of the workspace, oldest first (for rebuilding what is derived from them). */
    public List<Article> all(Connection c, UUID tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + Rows.ARTICLE_COLUMNS
                + " from article a where a.tenant_id = ? order by a.created_at, a.id")) {
            ps.setObject(1, tenant);
            List<Article> all = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(Rows.article(rs));
                }
            }
            return all;
        }
    }

    public void insert(Connection c, UUID tenant, Article a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into article (tenant_id, id, title, category, tags, status, body, version, author_id, created_at,
                                     updated_at, updated_by, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, tenant);
            ps.setObject(2, a.id());
            ps.setString(3, a.title());
            ps.setString(4, a.category());
            ps.setArray(5, Rows.textArray(c, a.tags()));
            ps.setString(6, a.status().name());
            ps.setString(7, a.body());
            ps.setInt(8, a.version());
            ps.setObject(9, a.authorId());
            ps.setTimestamp(10, Rows.timestamp(a.createdAt()));
            ps.setTimestamp(11, Rows.timestamp(a.updatedAt()));
            ps.setObject(12, a.updatedBy());
            ps.setTimestamp(13, a.publishedAt().map(Rows::timestamp).orElse(null));
            ps.executeUpdate();
        }
    }

    /** Writes the new state of an article read {@code forUpdate} in the same transaction. */
    public void update(Connection c, UUID tenant, Article a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update article set title = ?, category = ?, tags = ?, status = ?, body = ?, version = ?, updated_at = ?,
                                   updated_by = ?, published_at = ?
                 where tenant_id = ? and id = ?""")) {
            ps.setString(1, a.title());
            ps.setString(2, a.category());
            ps.setArray(3, Rows.textArray(c, a.tags()));
            ps.setString(4, a.status().name());
            ps.setString(5, a.body());
            ps.setInt(6, a.version());
            ps.setTimestamp(7, Rows.timestamp(a.updatedAt()));
            ps.setObject(8, a.updatedBy());
            ps.setTimestamp(9, a.publishedAt().map(Rows::timestamp).orElse(null));
            ps.setObject(10, tenant);
            ps.setObject(11, a.id());
            ps.executeUpdate();
        }
    }

    public void keepVersion(Connection c, UUID tenant, ArticleVersion v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into article_version (tenant_id, article_id, version, title, category, tags, status, body,
                                             edited_by, edited_at, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, tenant);
            ps.setObject(2, v.articleId());
            ps.setInt(3, v.version());
            ps.setString(4, v.content().title());
            ps.setString(5, v.content().category());
            ps.setArray(6, Rows.textArray(c, v.content().tags()));
            ps.setString(7, v.status().name());
            ps.setString(8, v.content().body());
            ps.setObject(9, v.editedBy());
            ps.setTimestamp(10, Rows.timestamp(v.editedAt()));
            ps.setString(11, v.note());
            ps.executeUpdate();
        }
    }

    /**
     * Replaces the article's search terms, with its current status, category and last change copied in (one statement
     * each way). Called on every change, so the copies are never stale.
     */
    public void index(Connection c, UUID tenant, Article article, Map<String, Integer> terms) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from article_term where tenant_id = ? and "
                + "article_id = ?")) {
            delete.setObject(1, tenant);
            delete.setObject(2, article.id());
            delete.executeUpdate();
        }
        if (terms.isEmpty()) {
            return;
        }
        // one row per statement, sent as one batch: Citus would carry an insert from unnest() to the workers with
        // COPY, which row-level security refuses
        try (PreparedStatement insert = c.prepareStatement("""
                insert into article_term (tenant_id, term, article_id, weight, status, category, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<String, Integer> term : terms.entrySet()) {
                insert.setObject(1, tenant);
                insert.setString(2, term.getKey());
                insert.setObject(3, article.id());
                insert.setShort(4, term.getValue().shortValue());
                insert.setString(5, article.status().name());
                insert.setString(6, article.category());
                insert.setTimestamp(7, Rows.timestamp(article.updatedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public List<ArticleVersion> versions(Connection c, UUID tenant, UUID article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select article_id, version, title, category, tags, status, edited_by, edited_at, note
                  from article_version where tenant_id = ? and article_id = ? order by version desc""")) {
            ps.setObject(1, tenant);
            ps.setObject(2, article);
            List<ArticleVersion> versions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(Rows.version(rs, false));
                }
            }
            return versions;
        }
    }

    public Optional<ArticleVersion> version(Connection c, UUID tenant, UUID article, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select article_id, version, title, category, tags, status, body, edited_by, edited_at, note
                  from article_version where tenant_id = ? and article_id = ? and version = ?""")) {
            ps.setObject(1, tenant);
            ps.setObject(2, article);
            ps.setInt(3, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Rows.version(rs, true)) : Optional.empty();
            }
        }
    }

    /** Tenant-defined categories, code to label. */
    public Map<String, String> categories(Connection c, UUID tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select code, label from category where tenant_id = ? order "
                + "by code")) {
            ps.setObject(1, tenant);
            Map<String, String> found = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
            return found;
        }
    }

    public boolean addCategory(Connection c, UUID tenant, String code, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into category (tenant_id, code, label) values (?, ?, ?) on conflict do nothing")) {
            ps.setObject(1, tenant);
            ps.setString(2, code);
            ps.setString(3, label);
            return ps.executeUpdate() == 1;
        }
    }
}
