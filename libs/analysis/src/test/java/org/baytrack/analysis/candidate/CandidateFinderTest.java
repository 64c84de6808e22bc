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
}
