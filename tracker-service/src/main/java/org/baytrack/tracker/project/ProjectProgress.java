package org.baytrack.tracker.project;

import org.baytrack.events.EventIds;
import org.baytrack.events.EventType;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.tracker.forecast.ForecastPolicy;
import org.baytrack.tracker.milestone.ArticleRef;
import org.baytrack.tracker.milestone.KnownMilestone;
import org.baytrack.tracker.milestone.MilestoneKey;
import org.baytrack.tracker.milestone.MilestoneMerger;
import org.baytrack.tracker.milestone.TrackedClaim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one article means for one project: the milestones and evidence it adds to the timeline and the changes it
 * announces, in order: a status change, new structural milestones that are news, then the forecast. Plain Java:
 * the caller loads the project's state and stores the outcome.
 */
public final class ProjectProgress {
    private ProjectProgress() {
    }

    /** What the decision needs to know about a project. {@code stale}: published as stale, not revived since. */
    public record State(String projectId, String projectName, Stage stage, String statusDate, PartialDate forecast,
                        LocalDate forecastPublished, LocalDate lastEvidencePublished, boolean stale) {

        public State(String projectId, String projectName, Stage stage, String statusDate, PartialDate forecast,
                     LocalDate forecastPublished, LocalDate lastEvidencePublished) {
            this(projectId, projectName, stage, statusDate, forecast, forecastPublished, lastEvidencePublished, false);
        }

        ProjectStatusChanged.State asEventState() {
            return new ProjectStatusChanged.State(stage.code(), statusDate, forecast == null ? null : forecast.iso(),
                    forecast == null ? null : forecast.precision().label());
        }
    }

    public record Change(String eventId, ProjectStatusChanged event) {
    }

    /**
     * @param forecastConfirmed set when a newer source repeated the current forecast: the publication date now
     *                          behind it, which no event announces because nothing on the board changed
     */
    public record Outcome(MilestoneMerger.Merge merge, List<Change> changes, LocalDate forecastConfirmed) {
    }

    public static Outcome track(State state, List<KnownMilestone> known, Set<MilestoneKey> evidencedByStory,
                                List<TrackedClaim> claims, ArticleRef article) {
        var merge = MilestoneMerger.merge(
                known.stream().map(KnownMilestone::key).collect(java.util.stream.Collectors.toSet()),
                evidencedByStory, claims, article);
        List<Change> changes = new ArrayList<>();
        State now = state;
        // An article older than the evidence already on the board can still change it (a first forecast, a stage
        // nobody reported yet): the change is published, so a replay rebuilds the board, but as history.
        // An undated article cannot be shown to be older than the board's evidence.
        boolean olderThanBoard = state.lastEvidencePublished() != null && article.published() != null
                && article.published().isBefore(state.lastEvidencePublished());
        boolean historical = article.historical() || olderThanBoard;

        // news of a stale project revives it before anything else it says; history does not
        if (now.stale() && !historical && !claims.isEmpty()) {
            State next = new State(now.projectId(), now.projectName(), now.stage(), now.statusDate(), now.forecast(),
                    now.forecastPublished(), now.lastEvidencePublished(), false);
            changes.add(change(ChangeKind.REVIVED, now, next, claims.get(0), article, false));
            now = next;
        }

        Optional<StatusPolicy.Advance> advance = StatusPolicy.advance(now.stage(), claims, article.published());
        if (advance.isPresent()) {
            StatusPolicy.Advance a = advance.get();
            State next = new State(now.projectId(), now.projectName(), a.stage(),
                    a.date() == null ? null : a.date().iso(), now.forecast(),
                    now.forecastPublished(), now.lastEvidencePublished(), now.stale());
            changes.add(change(ChangeKind.STATUS_CHANGED, now, next, a.evidence(), article, historical));
            now = next;
        }

        LocalDate latestProgress = known.stream()
                .filter(k -> Stage.reachedBy(k.key().kind()).isPresent())
                .map(KnownMilestone::sortDate)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        MilestoneKey statusEvidence = advance.map(a -> a.evidence().key()).orElse(null);
        for (var milestone : merge.milestones()) {
            boolean news = milestone.key().kind() == MilestoneKind.STRUCTURAL
                    && !milestone.key().equals(statusEvidence)
                    && !now.stage().isBeyond(Stage.UNDER_CONSTRUCTION)
                    && (latestProgress == null || milestone.sortDate() == null
                        || !milestone.sortDate().isBefore(latestProgress))
                    && !olderThanBoard;
            if (news) {
                TrackedClaim claim = claims.stream().filter(c -> c.key().equals(milestone.key())).findFirst().orElseThrow();
                changes.add(change(ChangeKind.MILESTONE, now, now, claim, article, historical));
            }
        }

        LocalDate forecastConfirmed = null;
        Optional<TrackedClaim> forecast = now.stage() == Stage.OPENED ? Optional.empty() : ForecastPolicy.pick(claims);
        if (forecast.isPresent()) {
            TrackedClaim claim = forecast.get();
            var decision = ForecastPolicy.decide(now.forecast(), now.forecastPublished(), claim.date(),
                    article.published());
            ChangeKind kind = switch (decision) {
                case FIRST -> ChangeKind.FORECAST_SET;
                case SLIPPED -> ChangeKind.FORECAST_SLIPPED;
                case ADVANCED -> ChangeKind.FORECAST_ADVANCED;
                case OLDER, CONFIRMED -> null;
            };
            if (kind != null) {
                State next = new State(now.projectId(), now.projectName(), now.stage(), now.statusDate(),
                        claim.date(), article.published(), now.lastEvidencePublished(), now.stale());
                changes.add(change(kind, now, next, claim, article, historical));
            } else if (decision == ForecastPolicy.Decision.CONFIRMED) {
                forecastConfirmed = article.published();
            }
        }
        return new Outcome(merge, List.copyOf(changes), forecastConfirmed);
    }

    private static Change change(ChangeKind kind, State previous, State current, TrackedClaim claim, ArticleRef article,
                                 boolean historical) {
        PartialDate date = claim.date();
        var evidence = new ProjectStatusChanged.Evidence(claim.kind(), date == null ? null : date.iso(),
                date == null ? null : date.precision().label(), claim.sentence(), article.articleId(), article.source(),
                article.published(), article.title());
        var event = new ProjectStatusChanged(current.projectId(), current.projectName(), kind,
                previous.asEventState(), current.asEventState(), evidence, historical);
        var to = event.current();
        String id = EventIds.of(EventType.PROJECT_STATUS_CHANGED, current.projectId(), kind.code(), claim.kind().code(),
                Objects.toString(evidence.date(), ""), to.status(), Objects.toString(to.statusDate(), ""),
                Objects.toString(to.forecastOpening(), ""), article.storyId());
        return new Change(id, event);
    }
}
