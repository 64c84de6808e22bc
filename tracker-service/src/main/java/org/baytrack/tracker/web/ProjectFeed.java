package org.baytrack.tracker.web;

import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.tracker.project.ChangeView;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * A project's published changes worded for its page, newest first: what changed, from what to what, and the report
 * that caused it. The same changes a subscriber was alerted with, so the page and the alerts never disagree.
 */
public final class ProjectFeed {

    /** {@code articleHref} is null when the change names no article (a stale flag is caused by silence). */
    public record Change(String eventId, String date, String kind, String label, String detail, boolean historical,
                         String source, String articleHref) {
    }

    private ProjectFeed() {
    }

    public static List<Change> of(List<ChangeView> changes, Messages msg) {
        return changes.stream()
                .sorted(Comparator.comparing(ProjectFeed::day, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(ChangeView::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .map(c -> change(c, msg)).toList();
    }

    static Change change(ChangeView c, Messages msg) {
        var evidence = c.evidence();
        LocalDate day = day(c);
        return new Change(c.eventId(), day == null ? "" : day.toString(), c.change().code(),
                msg.get("change_" + c.change().code()),
                detail(c, msg), c.historical(), evidence == null ? null : evidence.source(),
                evidence == null || evidence.articleId() == null ? null : Links.article(evidence.articleId(), msg.lang()));
    }

    /** The day of the report behind a change; a change no report caused is dated when it was recorded. */
    private static LocalDate day(ChangeView c) {
        if (c.evidence() != null && c.evidence().published() != null) {
            return c.evidence().published();
        }
        return c.recordedAt() == null ? null : c.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static String detail(ChangeView c, Messages msg) {
        var before = c.previous();
        var after = c.current();
        return switch (c.change()) {
            case STATUS_CHANGED -> status(before, msg) + " → " + status(after, msg);
            case FORECAST_SLIPPED, FORECAST_ADVANCED, FORECAST_SET -> forecast(before) + " → " + forecast(after);
            case MILESTONE -> c.evidence() == null ? ""
                    : (msg.get("kind_" + c.evidence().milestone()) + " "
                    + DateText.of(c.evidence().date(), c.evidence().precision())).strip();
            default -> "";
        };
    }

    private static String status(ProjectStatusChanged.State state, Messages msg) {
        return state == null || state.status() == null ? "—" : msg.get("status_" + state.status());
    }

    private static String forecast(ProjectStatusChanged.State state) {
        return state == null || state.forecastOpening() == null ? "—"
                : DateText.of(state.forecastOpening(), state.forecastPrecision());
    }
}
