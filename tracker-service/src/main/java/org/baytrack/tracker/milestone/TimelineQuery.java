package org.baytrack.tracker.milestone;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a project's timeline in two queries: its milestones, then their evidence. */
@ApplicationScoped
public class TimelineQuery {

    public List<TimelineEntry> of(String projectId) {
        List<Milestone> milestones = Milestone.list("projectId = ?1 order by sortDate nulls last, kind, dateKey", projectId);
        if (milestones.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TimelineEntry.Evidence>> evidence = new HashMap<>();
        MilestoneEvidence.<MilestoneEvidence>list("milestoneId in ?1 order by published, id",
                        milestones.stream().map(m -> m.id).toList())
                .forEach(e -> evidence.computeIfAbsent(e.milestoneId, k -> new ArrayList<>())
                        .add(new TimelineEntry.Evidence(e.articleId, e.source, e.url, e.published, e.title, e.sentence)));
        List<TimelineEntry> entries = new ArrayList<>();
        for (Milestone m : milestones) {
            entries.add(new TimelineEntry(m.kind, m.date, m.precision, m.sortDate,
                    evidence.getOrDefault(m.id, List.of())));
        }
        // undated entries of undated articles last, in the database's order: nothing places them in time
        entries.sort(Comparator.comparing(TimelineEntry::effectiveDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }
}
