package io.tacitcrm.knowledge.store;

import io.tacitcrm.knowledge.domain.ArticleHit;
import io.tacitcrm.knowledge.domain.ArticleQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Lists and searches articles. A search keeps the articles that hold every query term, ranked by the sum of the terms'
 * weights, then by the latest change. The rank index {@code (term, status, weight desc, updated_at desc)} lets it stop
 * early:
 * <ul>
 *   <li>one term: the index's order is the ranking — read one page of it;</li>
 *   <li>several terms: the rarest term's matches (at most {@value #CANDIDATES}, best first) are the candidates; each is
 *       checked for the other terms by primary key and scored. Exact whenever the rarest term is in at most that many
 *       articles; beyond that (every word of the query very common) the ranking covers its best-weighted, newest
 *       matches.</li>
 * </ul>
 */
public final class ArticleSearch {

    static final int CANDIDATES = 5_000;

    public List<ArticleHit> page(Connection c, UUID tenant, ArticleQuery q) throws SQLException {
        if (q.terms().isEmpty()) {
            return list(c, tenant, q);
        }
        String driver = rarest(c, tenant, q);
        List<String> others = q.terms().stream().filter(t -> !t.equals(driver)).toList();
        Map<UUID, Integer> ranked = others.isEmpty() ? single(c, tenant, q, driver) : several(c, tenant, q, driver,
                others);
        return withArticles(c, tenant, ranked, q);
    }

    private static Map<UUID, Integer> single(Connection c, UUID tenant, ArticleQuery q,
            String term) throws SQLException {
        String sql = "select article_id, weight from article_term where tenant_id = ? and term = ? and status = ?"
                + (q.category().isPresent() ? " and category = ?" : "")
                + (q.tag().isPresent() ? TAGGED : "")
                + " order by weight desc, updated_at desc, article_id" + Rows.page(q.limit(), q.offset());
        List<Object> args = new ArrayList<>(List.of(tenant, term, q.status().name()));
        q.category().ifPresent(args::add);
        q.tag().ifPresent(tag -> args.addAll(List.of(tenant, tag)));
        return ranking(c, sql, args);
    }

    private static Map<UUID, Integer> several(Connection c, UUID tenant, ArticleQuery q, String driver,
            List<String> others)
            throws SQLException {
        String sql = """
                with candidate as (
                    select d.article_id, d.weight, d.updated_at from article_term d
                     where d.tenant_id = ? and d.term = ? and d.status = ?"""
                + (q.category().isPresent() ? " and d.category = ?" : "")
                + (q.tag().isPresent() ? TAGGED.replace("article_term.", "d.") : "")
                + " order by d.weight desc, d.updated_at desc, d.article_id limit " + CANDIDATES + ")" + """

                select c.article_id, c.weight + sum(o.weight) as score
                  from candidate c join article_term o
                    on o.tenant_id = ? and o.term = any (?::text[]) and o.article_id = c.article_id
                 group by c.article_id, c.weight, c.updated_at
                having count(*) = ?
                 order by score desc, c.updated_at desc, c.article_id""" + Rows.page(q.limit(), q.offset());
        List<Object> args = new ArrayList<>(List.of(tenant, driver, q.status().name()));
        q.category().ifPresent(args::add);
        q.tag().ifPresent(tag -> args.addAll(List.of(tenant, tag)));
        args.addAll(List.of(tenant, c.createArrayOf("text", others.toArray()), others.size()));
        return ranking(c, sql, args);
    }

    /** Articles of a tag (exact, as the author wrote it): checked on the article itself. */
    private static final String TAGGED = " and exists (select 1 from article a where a.tenant_id = ? and a.id = "
            + "article_term.article_id"
            + " and ? = any (a.tags))";

    /** The query term with the fewest matching articles (counted up to a bound, so a common term costs little). */
    private static String rarest(Connection c, UUID tenant, ArticleQuery q) throws SQLException {
        if (q.terms().size() == 1) {
            return q.terms().getFirst();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select count(*) from (select 1 from article_term where "
                + "tenant_id = ?"
                + " and term = ? and status = ? limit " + (CANDIDATES + 1) + ") matches")) {
            for (String term : q.terms()) {
                ps.setObject(1, tenant);
                ps.setString(2, term);
                ps.setString(3, q.status().name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(term, rs.getInt(1));
                }
            }
        }
        return counts.entrySet().stream().min(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
    }

    private static Map<UUID, Integer> ranking(Connection c, String sql, List<Object> args) throws SQLException {
        Map<UUID, Integer> ranked = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ranked.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }
            }
        }
        return ranked;
    }

    /** The page's articles, in the ranking's order. */
    private static List<ArticleHit> withArticles(Connection c, UUID tenant, Map<UUID, Integer> ranked, ArticleQuery q)
            throws SQLException {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<UUID, ArticleHit> found = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select " + Rows.ARTICLE_COLUMNS
                + " from article a where a.tenant_id = ? and a.id = any (?::uuid[])")) {
            ps.setObject(1, tenant);
            ps.setArray(2, c.createArrayOf("uuid", ranked.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var article = Rows.article(rs);
                    found.put(article.id(), new ArticleHit(article, ranked.get(article.id())));
                }
            }
        }
        return ranked.keySet().stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** No search: by last change, newest first. */
    private static List<ArticleHit> list(Connection c, UUID tenant, ArticleQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("select ").append(Rows.ARTICLE_COLUMNS)
                .append(" from article a where a.tenant_id = ? and a.status = ?");
        List<Object> args = new ArrayList<>(List.of(tenant, q.status().name()));
        q.category().ifPresent(category -> {
            sql.append(" and a.category = ?");
            args.add(category);
        });
        q.tag().ifPresent(tag -> {
            sql.append(" and ? = any (a.tags)");
            args.add(tag);
        });
        sql.append(" order by a.updated_at desc, a.id").append(Rows.page(q.limit(), q.offset()));
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<ArticleHit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new ArticleHit(Rows.article(rs), 0));
                }
            }
            return hits;
        }
    }
}
