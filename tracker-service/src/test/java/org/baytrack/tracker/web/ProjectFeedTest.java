package org.baytrack.tracker.web;

import org.baytrack.events.ProjectStatusChanged.Evidence;
import org.baytrack.events.ProjectStatusChanged.State;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.tracker.project.ChangeView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectFeedTest {
    static final Messages EN = Messages.of("en");

    @Test
    void newestReportFirstWithWhatChangedFromWhatToWhat() {
        var set = change("e1", ChangeKind.FORECAST_SET, null, new State("under_construction", null, "2026", "year"),
                "forecast_opening", "2024-03-01");
        var slipped = change("e2", ChangeKind.FORECAST_SLIPPED, new State("under_construction", null, "2026", "year"),
                new State("under_construction", null, "2027-06", "month"), "forecast_opening", "2025-05-10");
        var opened = change("e3", ChangeKind.STATUS_CHANGED, new State("under_construction", null, "2027-06", "month"),
                new State("opened", "2027-06-30", null, null), "opened", "2027-07-01");

        var feed = ProjectFeed.of(List.of(slipped, opened, set), EN);

        assertThat(feed).extracting(ProjectFeed.Change::eventId).containsExactly("e3", "e2", "e1");
        assertThat(feed.get(0).detail()).isEqualTo("under construction → opened");
        assertThat(feed.get(1).label()).isEqualTo("Forecast slipped");
        assertThat(feed.get(1).detail()).startsWith("2026").contains(" → 2027");
        assertThat(feed.get(2).detail()).startsWith("— → 2026");
        assertThat(feed.get(0).articleHref()).isEqualTo("/articles/art-e3?lang=en");
    }

    @Test
    void aChangeNoReportCausedIsDatedWhenRecordedAndLinksNowhere() {
        var stale = new ChangeView("e9", Instant.parse("2026-11-30T08:00:00Z"), ChangeKind.STALE,
                new State("under_construction", null, null, null), new State("under_construction", null, null, null),
                null, false);

        var line = ProjectFeed.of(List.of(stale), EN).get(0);

        assertThat(line.date()).isEqualTo("2026-11-30");
        assertThat(line.articleHref()).isNull();
        assertThat(line.label()).isEqualTo("No news for a long time");
    }

    static ChangeView change(String id, ChangeKind kind, State before, State after, String milestone, String published) {
        var evidence = new Evidence(MilestoneKind.fromCode(milestone), null, null, "一句自拟的证据。", "art-" + id, "示例日报",
                LocalDate.parse(published), "示例标题");
        return new ChangeView(id, Instant.parse(published + "T12:00:00Z"), kind, before, after, evidence, false);
    }
}
