package org.baytrack.tracker.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.events.vocabulary.MilestoneKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Projects' timelines in the database: loaded for a batch of projects in two queries, extended by merges. */
@ApplicationScoped
public class Timeline {
    @Inject
    EntityManager em;

    /**
     * A milestone as the tracker's decisions need it. Read as plain values, not entities: a busy project has
     * hundreds of milestones, and managed entities are dirty-checked at every flush of a poll's transaction.
     */
    public record Stored(long id, MilestoneKey key, boolean dated, LocalDate sortDate, LocalDate firstPublished) {
    }

    /**
     * The milestones of these projects that the claims can touch: those with a claimed key, and each project's
     * latest milestone of progress, the one new structural milestones are compared with. Not all of them: a project
     * gathers a milestone per forecast ever reported, hundreds on a busy board.
     *
     * @param progressKinds the milestone kinds that prove a stage reached
     */
    public Map<String, List<Stored>> relevantTo(Map<String, List<TrackedClaim>> claimsByProject, Set<MilestoneKind> progressKinds) {
        // (project, kind, date key) triples, so the lookup runs on the unique index, not over every forecast
        List<Object> keys = new ArrayList<>();
        StringBuilder claimed = new StringBuilder();
        claimsByProject.forEach((projectId, claims) -> claims.stream().map(TrackedClaim::key).distinct().forEach(key -> {
            int n = keys.size();
            claimed.append(claimed.isEmpty() ? "" : ", ")
                    .append("(?").append(n + 3).append(", ?").append(n + 4).append(", ?").append(n + 5).append(')');
            keys.addAll(List.of(projectId, key.kind().code(), key.dateKey()));
        }));
        var query = em.createNativeQuery("select project_id, id, kind, date_key, date, sort_date, first_published "
                        + "from milestone where (project_id, kind, date_key) in (" + claimed + ") "
                        + "union (select distinct on (project_id) project_id, id, kind, date_key, date, sort_date, "
                        + "first_published from milestone where project_id in (?1) and kind in (?2) "
                        + "order by project_id, sort_date desc nulls last)")
                .setParameter(1, List.copyOf(claimsByProject.keySet()))
                .setParameter(2, progressKinds.stream().map(MilestoneKind::code).toList());
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 3, keys.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, List<Stored>> byProject = new HashMap<>();
        for (Object[] r : rows) {
            byProject.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new Stored(
                    ((Number) r[1]).longValue(), new MilestoneKey(MilestoneKind.fromCode((String) r[2]), (String) r[3]), r[4] != null,
                    toLocalDate(r[5]), toLocalDate(r[6])));
        }
        return byProject;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    /** The milestones, by project, that this story already backs (it was seen before, as a reprint or revision). */
    public Map<String, Set<MilestoneKey>> backedBy(String storyId) {
        Map<String, Set<MilestoneKey>> byProject = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.project_id, m.kind, m.date_key from milestone_evidence e "
                        + "join milestone m on m.id = e.milestone_id where e.story_id = ?1")
                .setParameter(1, storyId)
                .getResultList();
        for (Object[] row : rows) {
            byProject.computeIfAbsent((String) row[0], k -> new HashSet<>())
                    .add(new MilestoneKey(MilestoneKind.fromCode((String) row[1]), (String) row[2]));
        }
        return byProject;
    }

    /** Stores a merge for a project whose milestones ({@code existing}) were read in this transaction. */
    public void store(String projectId, List<Stored> existing, MilestoneMerger.Merge merge, ArticleRef article) {
        Map<MilestoneKey, Stored> byKey = new HashMap<>();
        existing.forEach(m -> byKey.put(m.key(), m));
        for (var added : merge.milestones()) {
            TrackedMilestone m = new TrackedMilestone();
            m.projectId = projectId;
            m.kind = added.key().kind().code();
            m.date = added.date() == null ? null : added.date().iso();
            m.precision = added.date() == null ? null : added.date().precision().label();
            m.dateKey = added.key().dateKey();
            m.sortDate = added.sortDate();
            m.firstPublished = article.published();
            m.persist();
            byKey.put(m.key(), new Stored(m.id, m.key(), m.date != null, m.sortDate, m.firstPublished));
        }
        for (var evidence : merge.evidence()) {
            Stored m = byKey.get(evidence.key());
            if (article.published() != null
                    && (m.firstPublished() == null || article.published().isBefore(m.firstPublished()))) {
                // An undated milestone sorts by its first report, so an earlier report moves it.
                LocalDate sortDate = m.dated() ? m.sortDate() : article.published();
                em.createQuery("update TrackedMilestone m set m.firstPublished = ?1, m.sortDate = ?2 where m.id = ?3")
                        .setParameter(1, article.published()).setParameter(2, sortDate).setParameter(3, m.id())
                        .executeUpdate();
                byKey.put(m.key(), new Stored(m.id(), m.key(), m.dated(), sortDate, article.published()));
            }
            MilestoneEvidence e = new MilestoneEvidence();
            e.milestoneId = m.id();
            e.storyId = article.storyId();
            e.articleId = article.articleId();
            e.source = article.source();
            e.url = article.url();
            e.published = article.published();
            e.title = article.title();
            e.sentence = evidence.sentence();
            e.originalSentence = evidence.originalSentence();
            e.persist();
        }
    }

    public static List<KnownMilestone> known(List<Stored> milestones) {
        return milestones.stream().map(m -> new KnownMilestone(m.key(), m.sortDate())).toList();
    }

    /** Deletes a project's milestones and their evidence. */
    public void forget(String projectId) {
        em.createNativeQuery("delete from milestone_evidence where milestone_id in "
                + "(select id from milestone where project_id = ?1)").setParameter(1, projectId).executeUpdate();
        em.createNativeQuery("delete from milestone where project_id = ?1").setParameter(1, projectId).executeUpdate();
    }
}
