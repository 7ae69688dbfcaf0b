package io.tacitcrm.knowledge.store;

import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.ArticleContent;
import io.tacitcrm.knowledge.domain.ArticleStatus;
import io.tacitcrm.knowledge.domain.ArticleVersion;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading and writing the columns the tables share. */
final class Rows {

    static final String ARTICLE_COLUMNS = "a.id, a.title, a.category, a.tags, a.status, a.body, a.version, "
            + "a.author_id, "
            + "a.created_at, a.updated_at, a.updated_by, a.published_at";

    private Rows() {
    }

    /**
     * {@code " limit n offset m"} written into the text, not bound: PostgreSQL costs a cached plan with a bound limit
     * as if a tenth of the rows were wanted and then plans the statement again at every execution. Both are ints.
     */
    static String page(int limit, int offset) {
        return " limit " + limit + " offset " + offset;
    }

    static Article article(ResultSet rs) throws SQLException {
        return new Article(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("category"), tags(rs),
                ArticleStatus.valueOf(rs.getString("status")), rs.getString("body"), rs.getInt("version"),
                rs.getObject("author_id", UUID.class), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getObject("updated_by", UUID.class), Optional.ofNullable(rs.getTimestamp("published_at"))
                        .map(Timestamp::toInstant));
    }

    static ArticleVersion version(ResultSet rs, boolean withBody) throws SQLException {
        return new ArticleVersion(rs.getObject("article_id", UUID.class), rs.getInt("version"),
                new ArticleContent(rs.getString("title"), rs.getString("category"), tags(rs), withBody
                        ? rs.getString("body") : ""),
                ArticleStatus.valueOf(rs.getString("status")), rs.getObject("edited_by", UUID.class), instant(rs,
                        "edited_at"),
                rs.getString("note"));
    }

    static List<String> tags(ResultSet rs) throws SQLException {
        Array array = rs.getArray("tags");
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static Array textArray(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
