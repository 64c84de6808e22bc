package org.baytrack.catalog.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.baytrack.analysis.script.ScriptConverter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Searches canonical articles. A query is folded to Simplified and matched through the bigram index, then
 * confirmed as a substring, so Traditional and Simplified queries find the same articles.
 */
@ApplicationScoped
public class ArticleSearch {
    public static final int PAGE_SIZE = 20;

    @Inject
    EntityManager em;

    /** What a search narrows to; a null or blank field does not narrow it. */
    public record Filter(String q, String entity, String document, LocalDate from, LocalDate to) {
    }

    @SuppressWarnings("unchecked")
    public List<ArticleView.Summary> search(Filter filter, int page) {
        String q = filter.q();
        String entity = filter.entity();
        StringBuilder sql = new StringBuilder("select a.id, a.title, a.published, a.source, a.language, a.script, "
                + "(select count(*) from article v where v.canonical_id = a.id) from article a where a.id = a.canonical_id");
        List<Object> params = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            String folded = ScriptConverter.get().toSimplified(q.strip()).toLowerCase(Locale.ROOT);
            String[] bigrams = Bigrams.of(folded);
            // a one-character query has no bigram; the substring test alone decides
            if (bigrams.length > 0 && bigrams[0].length() == 2) {
                params.add(bigrams);
                sql.append(" and a.bigrams @> cast(?").append(params.size()).append(" as text[])");
            }
            params.add(folded);
            sql.append(" and exists (select 1 from article v where v.canonical_id = a.id and strpos(lower(v.text), ?")
                    .append(params.size()).append(") > 0)");
        }
        if (entity != null && !entity.isBlank()) {
            params.add(entity);
            sql.append(" and exists (select 1 from mention m join article v on v.id = m.article_id "
                    + "where v.canonical_id = a.id and m.entity_id = ?").append(params.size()).append(')');
        }
        if (filter.document() != null && !filter.document().isBlank()) {
            params.add(filter.document().strip());
            sql.append(" and exists (select 1 from article v where v.canonical_id = a.id and v.document_id = ?")
                    .append(params.size()).append(')');
        }
        if (filter.from() != null) {
            params.add(filter.from());
            sql.append(" and a.published >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            sql.append(" and a.published <= ?").append(params.size());
        }
        sql.append(" order by a.published desc nulls last, a.id limit ").append(PAGE_SIZE)
                .append(" offset ").append((long) Math.max(0, page) * PAGE_SIZE);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ArticleView.Summary((String) r[0], (String) r[1], toDate(r[2]),
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue())).toList();
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
