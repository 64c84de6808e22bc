package org.baytrack.analysis.candidate;

import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateFinderTest {
    @Test
    void proposesUnknownProjectNamesButNotRegisteredOnesOrGenericWords() {
        var a = Analyzers.DEFAULT.analyzeText("加快推进广州至永州铁路建设，珠海至肇庆高铁、南沙大桥和跨境医疗绿色通道，深圳机场三期工程。", null);

        assertThat(a.candidates()).extracting(Candidate::name).contains("广州至永州铁路")
                .doesNotContain("珠海至肇庆高铁", "南沙大桥", "绿色通道");
        assertThat(a.candidates()).allSatisfy(c -> assertThat(a.text().substring(c.start(), c.end())).isEqualTo(c.name()));
    }

    @Test
    void proposesCapitalisedEnglishNamesAndKeepsTheirClaimsFromAKnownProject() {
        var a = Analyzers.DEFAULT.analyzeText("The Hong Kong-Zhuhai-Macao Bridge carried record traffic. "
                + "Once the Northern Connection opens, the Tuen Mun-Chek Lap Kok Link will be fully commissioned.",
                java.time.LocalDate.of(2024, 1, 5));

        assertThat(a.candidates()).extracting(Candidate::name).contains("Northern Connection", "Tuen Mun-Chek Lap Kok Link")
                .doesNotContain("Hong Kong-Zhuhai-Macao Bridge");
        assertThat(a.milestones()).isEmpty();
        assertThat(a.candidateClaims()).extracting(m -> m.project() + " " + m.kind())
                .containsExactly("Tuen Mun-Chek Lap Kok Link forecast_opening");
    }
}
