package org.baytrack.catalog.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.analysis.milestone.Milestone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The milestones an article claims for projects the gazetteer lacks, under the names the text gives them. They stay
 * here until the project is registered; its articles are then analysed again and the claims go to the new entity.
 */
@ApplicationScoped
public class CandidateClaims {
    /** Rows per multi-row insert: 5 bind parameters a row and one for the article, far under PostgreSQL's 32767. */
    static final int ROWS_PER_STATEMENT = 1000;

    @Inject
    EntityManager em;

    public record Claim(String kind, String date, String precision, String evidence, String article) {
    }

    public void save(String articleId, List<Milestone> claims) {
        for (int from = 0; from < claims.size(); from += ROWS_PER_STATEMENT) {
            insert(articleId, claims.subList(from, Math.min(claims.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    public void deleteOf(String articleId) {
        em.createNativeQuery("delete from candidate_claim where article_id = ?1").setParameter(1, articleId)
                .executeUpdate();
    }

    /** Claims of each name, newest article first, at most {@code perName} a name. */
    @SuppressWarnings("unchecked")
    public Map<String, List<Claim>> of(List<String> names, int perName) {
        Map<String, List<Claim>> byName = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return byName;
        }
        List<Object[]> rows = em.createNativeQuery("select name, kind, date, precision, evidence, article_id from ("
                        + "select c.*, row_number() over (partition by c.name order by a.published desc nulls last, "
                        + "c.seen_at desc, c.date desc nulls last) n "
                        + "from candidate_claim c join article a on a.id = c.article_id where c.name in (?1)) r "
                        + "where n <= ?2 order by name, n")
                .setParameter(1, names).setParameter(2, perName).getResultList();
        for (Object[] r : rows) {
            byName.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new Claim((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
        }
        return byName;
    }

    private void insert(String articleId, List<Milestone> claims) {
        // a null date or precision is bound without a type of its own; the casts give it the column's
        StringBuilder sql = new StringBuilder("insert into candidate_claim (article_id, name, kind, date, precision, "
                + "evidence) values ");
        for (int i = 0; i < claims.size(); i++) {
            int p = 2 + i * 5;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(p).append(", ?").append(p + 1)
                    .append(", cast(?").append(p + 2).append(" as text), cast(?").append(p + 3)
                    .append(" as text), ?").append(p + 4).append(')');
        }
        var insert = em.createNativeQuery(sql.toString()).setParameter(1, articleId);
        for (int i = 0; i < claims.size(); i++) {
            Milestone m = claims.get(i);
            int p = 2 + i * 5;
            insert.setParameter(p, m.project()).setParameter(p + 1, m.kind().code()).setParameter(p + 2, m.date())
                    .setParameter(p + 3, m.precision()).setParameter(p + 4, m.evidence());
        }
        insert.executeUpdate();
    }
}
