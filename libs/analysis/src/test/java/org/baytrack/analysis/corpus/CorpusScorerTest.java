package org.baytrack.analysis.corpus;

import org.baytrack.analysis.Analyzers;
import org.baytrack.analysis.corpus.LabelledDocument.GoldAgreement;
import org.baytrack.analysis.corpus.LabelledDocument.GoldMilestone;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusScorerTest {
    private static Tally score(String text, List<GoldMilestone> milestones, List<GoldAgreement> agreements, String area) {
        LabelledDocument doc = new LabelledDocument("s", "001.txt", null, LocalDate.of(2023, 6, 2), text, milestones, agreements);
        return EvalCli.evaluate(Analyzers.DEFAULT, List.of(doc)).tally(area, o -> true);
    }

    @Test
    void aMilestoneMatchesOnProjectKindAndTheExactDate() {
        String text = "6月1日，深中通道全线贯通。";
        assertThat(score(text, List.of(new GoldMilestone("shenzhen-zhongshan-link", "structural_milestone", "2023-06-01", "")),
                List.of(), "milestone")).isEqualTo(new Tally(1, 0, 0));
        // a coarser date is another answer: one false claim, one miss
        assertThat(score(text, List.of(new GoldMilestone("shenzhen-zhongshan-link", "structural_milestone", "2023-06", "")),
                List.of(), "milestone")).isEqualTo(new Tally(0, 1, 1));
    }

    @Test
    void anUnknownGoldDateMatchesAnyDateAndOtherKindsAndUnknownProjectsAreNotScored() {
        String text = "6月1日，深中通道全线贯通。";
        assertThat(score(text, List.of(new GoldMilestone("shenzhen-zhongshan-link", "structural_milestone", "unknown", ""),
                        new GoldMilestone("shenzhen-zhongshan-link", "other", "2023", ""),
                        new GoldMilestone("some-unlisted-line", "opened", "2023", "")),
                List.of(), "milestone")).isEqualTo(new Tally(1, 0, 0));
    }

    @Test
    void anAgreementNeedsTheDateAtTheCoarserPrecisionAndTwoParties() {
        assertThat(CorpusScorer.sameDate("2023-06", "2023-06-01")).isTrue();
        assertThat(CorpusScorer.sameDate("2023-06-02", "2023-06-01")).isFalse();
        assertThat(CorpusScorer.sameDate("unknown", null)).isTrue();
        assertThat(CorpusScorer.sameDate("2023", null)).isFalse();
    }
}
