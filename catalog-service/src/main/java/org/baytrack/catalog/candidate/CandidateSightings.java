package org.baytrack.catalog.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.analysis.candidate.Candidate;

import java.util.Arrays;
import java.util.List;

/** The SQL of table {@code candidate_sighting}: each project-like name the gazetteer lacks, where it was seen. */
@ApplicationScoped
public class CandidateSightings {
    /** Rows per multi-row insert: 2 bind parameters a row and one for the article, far under PostgreSQL's 32767. */
    static final int ROWS_PER_STATEMENT = 1000;

    @Inject
    EntityManager em;

    /** A name not registered yet: in how many sightings, with the latest example sentences. */
    public record Sighted(String name, long count, List<String> examples) {
    }

    public void add(String articleId, List<Candidate> candidates) {
        for (int from = 0; from < candidates.size(); from += ROWS_PER_STATEMENT) {
            insert(articleId, candidates.subList(from, Math.min(candidates.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    public void deleteOfArticle(String articleId) {
        em.createNativeQuery("delete from candidate_sighting where article_id = :article")
                .setParameter("article", articleId).executeUpdate();
    }

    /** Names that no entity has as name or alias, most seen first, each with up to three latest sentences. */
    @SuppressWarnings("unchecked")
    public List<Sighted> unregistered(int limit) {
        List<Object[]> rows = em.createNativeQuery("select c.name, count(*), "
                        + "(array_agg(c.sentence order by c.seen_at desc))[1:3] from candidate_sighting c "
                        + "where not exists (select 1 from entity e where e.name = c.name or c.name = any (e.aliases)) "
                        + "group by c.name order by count(*) desc, c.name limit :limit")
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Sighted((String) r[0], ((Number) r[1]).longValue(),
                Arrays.asList((String[]) r[2]))).toList();
    }

    private void insert(String articleId, List<Candidate> candidates) {
        StringBuilder sql = new StringBuilder("insert into candidate_sighting (name, article_id, sentence) values ");
        for (int i = 0; i < candidates.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:name").append(i).append(", :article, :sentence").append(i)
                    .append(')');
        }
        sql.append(" on conflict do nothing");
        var insert = em.createNativeQuery(sql.toString()).setParameter("article", articleId);
        for (int i = 0; i < candidates.size(); i++) {
            insert.setParameter("name" + i, candidates.get(i).name())
                    .setParameter("sentence" + i, candidates.get(i).evidence());
        }
        insert.executeUpdate();
    }
}
