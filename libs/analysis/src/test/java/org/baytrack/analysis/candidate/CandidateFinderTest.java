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
                + "Once the Northern Connection opens, the Tuen Mun-Chek Lap Kok Link will be fully commissioned in 2025.",
                java.time.LocalDate.of(2024, 1, 5));

        assertThat(a.candidates()).extracting(Candidate::name).contains("Northern Connection", "Tuen Mun-Chek Lap Kok Link")
                .doesNotContain("Hong Kong-Zhuhai-Macao Bridge");
        assertThat(a.milestones()).isEmpty();
        assertThat(a.candidateClaims()).extracting(m -> m.project() + " " + m.kind())
                .containsExactly("Tuen Mun-Chek Lap Kok Link forecast_opening");
    }

    @Test
    void anOrganisationOrASuperlativeIsNoProjectAndLeavesTheClaimToTheProjectNamed() {
        var a = Analyzers.DEFAULT.analyzeText("8月9日，在深江铁路珠江口隧道，由某隧道局施工的盾构机完成全部掘进任务。"
                + "全国最深海底隧道将于明年贯通。", java.time.LocalDate.of(2024, 8, 9));

        assertThat(a.candidates()).extracting(Candidate::name).doesNotContain("某隧道", "全国最深海底隧道", "海底隧道");
        assertThat(a.milestones()).extracting(m -> m.project() + " " + m.kind() + " " + m.date())
                .contains("shenzhen-jiangmen-hsr structural 2024-08-09");
    }

    @Test
    void linkRoadsAndExtensionsAreNamesWithoutTheOperatorBeforeThem() {
        var a = Analyzers.DEFAULT.analyzeText("甲镇至乙岛连接路北段通车。港铁青蚨线南延线预计2030年落成。", java.time.LocalDate.of(2024, 1, 5));

        assertThat(a.candidates()).extracting(Candidate::name).contains("甲镇至乙岛连接路", "青蚨线南延线")
                .doesNotContain("港铁青蚨线南延线");
    }

    @Test
    void anOrdinalOrAWordOfRankNamesNoWorkOfItsOwn() {
        var english = Analyzers.DEFAULT.analyzeText("The airport's Three-Runway System is on track. The Third Runway is in use.\n",
                java.time.LocalDate.of(2024, 1, 5));
        var chinese = Analyzers.DEFAULT.analyzeText("甲市又一个世界级跨海通道预计2030年通车。\n", java.time.LocalDate.of(2024, 1, 5));

        assertThat(english.candidates()).extracting(Candidate::name).doesNotContain("Third Runway", "Runway");
        assertThat(chinese.candidates()).extracting(Candidate::name).doesNotContain("一个世界级跨海通道", "世界级跨海通道");
    }

    @Test
    void anUnknownBridgeNamedAgainKeepsItsClaimsFromTheKnownBridgeItJoins() {
        var a = Analyzers.DEFAULT.analyzeText("甲市的青蚨四桥周二(12日)合龙。大桥与港珠澳大桥口岸人工岛相连。\n"
                + "青蚨四桥项目2020年3月26日开工,至2024年3月12日大桥合龙。\n", java.time.LocalDate.of(2024, 3, 15));

        assertThat(a.milestones()).isEmpty();
        assertThat(a.candidateClaims()).extracting(m -> m.project() + " " + m.kind() + " " + m.date())
                .contains("青蚨四桥 construction_started 2020-03-26", "青蚨四桥 structural 2024-03-12");
    }

    @Test
    void aPhraseRightBeforeAKnownNameIsNoNameAnywhere() {
        var a = Analyzers.DEFAULT.analyzeText("甲省城际建设传来消息。甲省城际深江铁路2024年贯通。", java.time.LocalDate.of(2024, 3, 15));

        assertThat(a.candidates()).extracting(Candidate::name).doesNotContain("甲省城际");
    }

    @Test
    void aLaneCountDescribesARoadAndLeavesTheClaimToTheWorkNamed() {
        var a = Analyzers.DEFAULT.analyzeText("莲花山过江通道全线采用双向八车道高速公路标准,计划于2020年开工建设,2025年建成通车。",
                java.time.LocalDate.of(2018, 5, 3));

        assertThat(a.candidates()).extracting(Candidate::name).doesNotContain("八车道高速公路", "双向八车道高速公路");
        assertThat(a.milestones()).extracting(m -> m.project() + " " + m.kind() + " " + m.date())
                .contains("lianhuashan-passage forecast_opening 2025");
    }
}
