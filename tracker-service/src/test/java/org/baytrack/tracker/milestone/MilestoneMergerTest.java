package org.baytrack.tracker.milestone;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneMergerTest {
    static final ArticleRef ARTICLE = new ArticleRef("art-2", "art-2", "t", "南方日报", null, LocalDate.of(2022, 3, 1), false);
    static final TrackedClaim STRUCTURAL = new TrackedClaim(MilestoneKind.STRUCTURAL, PartialDate.parse("2021-12-24", Precision.DAY), "首片节段梁成功架设到位");

    @Test
    void sameClaimFromAnotherArticleIsMoreEvidenceNotAnotherMilestone() {
        var merge = MilestoneMerger.merge(Set.of(STRUCTURAL.key()), Set.of(), List.of(STRUCTURAL), ARTICLE);

        assertThat(merge.milestones()).isEmpty();
        assertThat(merge.evidence()).extracting(MilestoneMerger.NewEvidence::key).containsExactly(STRUCTURAL.key());
    }

    @Test
    void storyAlreadyBackingTheMilestoneAddsNothing() {
        var merge = MilestoneMerger.merge(Set.of(STRUCTURAL.key()), Set.of(STRUCTURAL.key()), List.of(STRUCTURAL), ARTICLE);

        assertThat(merge.isEmpty()).isTrue();
    }

    @Test
    void claimRepeatedWithinOneArticleIsOneMilestoneWithOneEvidence() {
        var again = new TrackedClaim(MilestoneKind.STRUCTURAL, PartialDate.parse("2021-12-24", Precision.DAY), "另一句");
        var merge = MilestoneMerger.merge(Set.of(), Set.of(), List.of(STRUCTURAL, again), ARTICLE);

        assertThat(merge.milestones()).hasSize(1);
        assertThat(merge.evidence()).singleElement().extracting(MilestoneMerger.NewEvidence::sentence)
                .isEqualTo("首片节段梁成功架设到位");
    }

    @Test
    void differentDatesOrKindsAreDifferentMilestonesAndUndatedOnesSortByPublication() {
        var undated = new TrackedClaim(MilestoneKind.OPENED, null, "正式通车");
        var other = new TrackedClaim(MilestoneKind.STRUCTURAL, PartialDate.parse("2022-01", Precision.MONTH), "主塔封顶");
        var merge = MilestoneMerger.merge(Set.of(), Set.of(), List.of(STRUCTURAL, undated, other), ARTICLE);

        assertThat(merge.milestones()).extracting(MilestoneMerger.NewMilestone::key).containsExactly(
                new MilestoneKey(MilestoneKind.STRUCTURAL, "2021-12-24"), new MilestoneKey(MilestoneKind.OPENED, ""),
                new MilestoneKey(MilestoneKind.STRUCTURAL, "2022-01"));
        assertThat(merge.milestones().get(1).sortDate()).isEqualTo(ARTICLE.published());
        assertThat(merge.milestones().get(2).sortDate()).isEqualTo(LocalDate.of(2022, 1, 1));
    }
}
