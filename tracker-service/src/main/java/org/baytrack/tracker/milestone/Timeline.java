package org.baytrack.tracker.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
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

    /** Every milestone of these projects, by project. */
    public Map<String, List<Milestone>> milestones(Collection<String> projectIds) {
        Map<String, List<Milestone>> byProject = new HashMap<>();
        Milestone.<Milestone>list("projectId in ?1", projectIds)
                .forEach(m -> byProject.computeIfAbsent(m.projectId, k -> new ArrayList<>()).add(m));
        return byProject;
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
                    .add(new MilestoneKey((String) row[1], (String) row[2]));
        }
        return byProject;
    }

    /** Stores a merge for a project whose milestones ({@code existing}) were loaded in this transaction. */
    public void store(String projectId, List<Milestone> existing, MilestoneMerger.Merge merge, ArticleRef article) {
        Map<MilestoneKey, Milestone> byKey = new HashMap<>();
        existing.forEach(m -> byKey.put(m.key(), m));
        for (var added : merge.milestones()) {
            Milestone m = new Milestone();
            m.projectId = projectId;
            m.kind = added.key().kind();
            m.date = added.date() == null ? null : added.date().iso();
            m.precision = added.date() == null ? null : added.date().precision();
            m.dateKey = added.key().dateKey();
            m.sortDate = added.sortDate();
            m.firstPublished = article.published();
            m.persist();
            byKey.put(m.key(), m);
        }
        for (var evidence : merge.evidence()) {
            Milestone m = byKey.get(evidence.key());
            if (m.firstPublished == null || article.published().isBefore(m.firstPublished)) {
                m.firstPublished = article.published();
                if (m.date == null) {
                    m.sortDate = article.published();
                }
            }
            MilestoneEvidence e = new MilestoneEvidence();
            e.milestoneId = m.id;
            e.storyId = article.storyId();
            e.articleId = article.articleId();
            e.source = article.source();
            e.published = article.published();
            e.title = article.title();
            e.sentence = evidence.sentence();
            e.persist();
        }
    }

    public static List<KnownMilestone> known(List<Milestone> milestones) {
        return milestones.stream().map(m -> new KnownMilestone(m.key(), m.sortDate)).toList();
    }
}
