package org.baytrack.tracker.article;

import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.tracker.TrackerConfig;
import org.baytrack.tracker.milestone.MilestoneMerger;
import org.baytrack.tracker.milestone.TrackedClaim;
import org.baytrack.tracker.project.ProjectProgress;
import org.baytrack.tracker.project.Stage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tracker takes an article's publication date to be, on a clock fixed at 2026-12-01. */
class ArticleTrackerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static ArticleTracker tracker() {
        var tracker = new ArticleTracker();
        tracker.clock = Clock.fixed(Instant.parse("2026-12-01T21:30:00Z"), ZoneOffset.UTC);
        tracker.config = new TrackerConfig() {
            public Duration historyHorizon() {
                return Duration.ofDays(90);
            }

            public boolean rebuildWhenEmpty() {
                return false;
            }

            public Duration boardCacheTtl() {
                return Duration.ZERO;
            }

            public Duration processedEventsKeep() {
                return Duration.ofDays(14);
            }

            public String processedEventsPurgeEvery() {
                return "off";
            }

            public java.time.Period staleAfter() {
                return java.time.Period.ofMonths(18);
            }

            public String staleCheckEvery() {
                return "off";
            }
        };
        return tracker;
    }

    /** A report that a bridge opened, as the catalog sends it for a document that carries no date at all. */
    static ArticleCataloged opening(LocalDate published, boolean backfill) {
        String sentence = "南沙大桥已经建成并正式通车。";
        return new ArticleCataloged("art-bridge", "doc-bridge", "art-bridge", 1, null, published, null, null, "zh",
                "hans", backfill, List.of(), List.of(new ArticleCataloged.MilestoneClaim("nansha-bridge", MilestoneKind.OPENED,
                null, null, sentence, 0)), List.of());
    }

    @Test
    void anUndatedArticleKeepsNoPublicationDateAndIsNotHistory() {
        var ref = tracker().reference(opening(null, false));

        assertThat(ref.published()).isNull();
        assertThat(ref.historical()).isFalse();
    }

    @Test
    void anUndatedBackfillIsStillHistory() {
        assertThat(tracker().reference(opening(null, true)).historical()).isTrue();
    }

    @Test
    void aDatedArticleBeyondTheHorizonIsHistoryAndOneWithinItIsNot() {
        assertThat(tracker().reference(opening(TODAY.minusDays(91), false)).historical()).isTrue();
        assertThat(tracker().reference(opening(TODAY.minusDays(89), false)).historical()).isFalse();
    }

    @Test
    void theClaimsOfAnUndatedArticleGetNoDateNorToday() {
        ArticleCataloged article = opening(null, false);
        var ref = tracker().reference(article);
        List<TrackedClaim> claims = ArticleTracker.claimsByProject(article).get("nansha-bridge");
        var followed = new ProjectProgress.State("nansha-bridge", "南沙大桥", Stage.FOLLOWED, null, null, null, null);

        var outcome = ProjectProgress.track(followed, List.of(), Set.of(), claims, ref);

        assertThat(outcome.merge().milestones()).singleElement().satisfies(m -> {
            assertThat(m.date()).isNull();
            assertThat(m.sortDate()).isNull();
        });
        assertThat(outcome.changes()).singleElement().satisfies(c -> {
            assertThat(c.event().current().status()).isEqualTo("opened");
            assertThat(c.event().current().statusDate()).isNull();
            assertThat(c.event().evidence().date()).isNull();
            assertThat(c.event().evidence().published()).isNull();
            assertThat(c.event().historical()).isFalse();
        });
        assertThat(outcome.merge().milestones()).extracting(MilestoneMerger.NewMilestone::sortDate)
                .doesNotContain(TODAY);
    }
}
