package io.tacitcrm.knowledge.store;

import io.tacitcrm.knowledge.domain.ArticleHit;
import io.tacitcrm.knowledge.domain.ArticleQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Lists and searches articles. A search keeps the articles that hold every query term (one index lookup per term, by
 * equality), ranks them by the sum of the terms' weights, and breaks ties by the latest change.
 */
public final class ArticleSearch {

    public List<ArticleHit> page(Connection c, UUID tenant, ArticleQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (q.terms().isEmpty()) {
            sql.append("select ").append(Rows.ARTICLE_COLUMNS).append(", 0 as score from article a where a.tenant_id = ?");
            args.add(tenant);
        } else {
            sql.append("""
                    with hits as (
                        select t.article_id, sum(t.weight) as score
                          from article_term t
                         where t.tenant_id = ? and t.term = any (?::text[])
                         group by t.article_id
                        having count(*) = ?)
                    select""").append(' ').append(Rows.ARTICLE_COLUMNS).append("""
                    , h.score from hits h join article a on a.tenant_id = ? and a.id = h.article_id where true""");
            args.add(tenant);
            args.add(c.createArrayOf("text", q.terms().toArray()));
            args.add(q.terms().size());
            args.add(tenant);
        }
        sql.append(" and a.status = ?");
        args.add(q.status().name());
        q.category().ifPresent(category -> {
            sql.append(" and a.category = ?");
            args.add(category);
        });
        q.tag().ifPresent(tag -> {
            sql.append(" and ? = any (a.tags)");
            args.add(tag);
        });
        sql.append(q.terms().isEmpty() ? " order by a.updated_at desc, a.id" : " order by score desc, a.updated_at desc, a.id");
        sql.append(" limit ? offset ?");
        args.add(q.limit());
        args.add(q.offset());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<ArticleHit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new ArticleHit(Rows.article(rs), rs.getInt("score")));
                }
            }
            return hits;
        }
    }
}
