package org.baytrack.analysis.milestone;

import org.baytrack.analysis.Analyzers;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Chinese construction news as local papers and mirrors write it, told in our own words of made-up works, so that
 * no date here states a fact about a real project.
 */
class ChineseReportReadingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 15);
    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(Gazetteer.loadDefault()
            .withEntity(Entity.project("qingfu-bay-test-railway", "青蚨湾测试铁路", "Qingfu Bay Test Railway", List.of()))
            .withEntity(Entity.project("bailu-test-road", "白鹭测试高速", "Bailu Test Expressway", List.of("白鹭测试"))));

    private static List<Milestone> read(String text) {
        return ANALYZER.analyzeText(text + "\n", PUBLISHED).milestones();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the main works finished are a structure of the line, told in its own clause or after what marks it
            "6月9日，青蚨湾测试铁路全线主体工程顺利完工。|structural|2022-06-09",
            "6月9日，青蚨湾测试铁路架梁任务圆满完成，标志着全线主体工程顺利完工。|structural|2022-06-09",
            // a bridge of the line named after the road it crosses is no claim about the road
            "6月9日，青蚨湾测试铁路白鹭测试特大桥首个钢壳吊装完成。|structural|2022-06-09",
            // a time of day with no day is the reference day's
            "青蚨湾测试铁路早上通车。|opened|2022-06-15",
            // a holiday of a fixed month dates at month precision
            "青蚨湾测试铁路赶在清明前夕通车。|opened|2022-04",
            // Hong Kong papers write twenty as 廿
            "二○一六年十二月廿八日，青蚨湾测试铁路开工。|construction_started|2016-12-28",
            "廿八日上午，青蚨湾测试铁路开工。|construction_started|2022-05-28",
            "青蚨湾测试铁路有望在2027年6月投产使用。|forecast_opening|2027-06",
            // a weekday later in the week than a Wednesday's report is the coming one, however soon
            "青蚨湾测试铁路星期五下午通车，届时市民可免费试乘。|forecast_opening|2022-06-17",
            "青蚨湾测试铁路计划在2026年底前完成整项工程。|forecast_opening|2026-12",
            // a work it follows in a sequence is no subject
            "青蚨湾测试铁路是继白鹭测试高速之后又一条跨海通道，预计2024年建成通车。|forecast_opening|2024",
            // what comes next (下一步就是…) is no subject of its own
            "青蚨湾测试铁路已完成检测。下一步就是迎接本月底正式开通运营。|forecast_opening|2022-06",
            // a goal shared by two governments still dates the opening
            "青蚨湾测试铁路争取实现2035年通车的共同目标。|forecast_opening|2035",
            "青蚨湾测试铁路下一步就是迎接本月底正式开通运营。|forecast_opening|2022-06",
            // 启动 before the work's building works at the clause's end starts the work
            "甲局14日宣布正式启动青蚨湾测试铁路建造工程,对之后的车票征收建设费。|construction_started|2022-06-14",
            // 一定会 tells what is to come
            "据了解,青蚨湾测试铁路今年内一定会通车,但当局仍在研究安排。|forecast_opening|2022",
            // a year before its half, written without 年
            "工程进展顺利,2023下半年会率先启用青蚨湾测试铁路。|forecast_opening|2023-07",
            // next month, told without a year, is to come
            "有传青蚨湾测试铁路于7月底通车。|forecast_opening|2022-07",
            // the day after tomorrow is to come
            "行政长官后日(17日)率领官员出席青蚨湾测试铁路开通仪式。|forecast_opening|2022-06-17",
            // a day told as today is that day
            "6月14日,也就是今天,青蚨湾测试铁路正式开工建设啦。|construction_started|2022-06-14"})
    void readsTheClaimAsTheReportWordsIt(String text, String kind, String date) {
        assertThat(read(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("qingfu-bay-test-railway", kind, date));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "今天，青蚨湾测试铁路启用整3年。",
            "报告列出了青蚨湾测试铁路的投资规模、投产时间、沿线站点等内容。",
            "根据方案，青蚨湾测试铁路东端在甲站与乙城际实现贯通。",
            "青蚨湾测试铁路的开通对于沿线城镇意义重大。",
            "截至目前，青蚨湾测试铁路甲隧道共沉放对接了12个管节。",
            "青蚨湾测试铁路向东贯通甲区和乙区的主要站点。",
            "青蚨湾测试铁路试运行于6月9日启动。",
            "市民相信青蚨湾测试铁路的开通，能为甲市带来新的机遇。",
            "检测车为青蚨湾测试铁路开通运营提供技术服务和保障。",
            "有议员建议青蚨湾测试铁路分阶段通车。",
            "青蚨湾测试铁路2023年能开工建设吗，市民很关心。",
            "首片钢梁架设完成后，青蚨湾测试铁路还需要进行焊接等工序，实现最终合龙。",
            "青蚨湾测试铁路一、二期已于近年建成通车。",
            "至此，青蚨湾测试铁路全线出入口已开放通车。",
            "随着青蚨湾测试铁路通车，甲市至乙市的车程将缩短到15分钟以内。",
            "甲市政府今天举行新闻发布会，就青蚨湾测试铁路开通及启用等方面准备工作作出说明。",
            "早在青蚨湾测试铁路通车第一个月，市民李某便开始搭乘。",
            // the first days of a service, and what follows a supposition
            "根据备忘录,双方同意青蚨湾测试铁路开通初期每日开行80对列车。",
            "项目建设周期5年,如果能在今年开工的话,青蚨湾测试铁路将在2027年通车。",
            "在青蚨湾测试铁路开通以前，市民出行要转车三次。",
            "5月7日16时起，青蚨湾测试铁路恢复通车。",
            "甲局昨宣布，行政会议已批准政府邀请乙公司开展青蚨湾测试铁路的详细规划及设计。"})
    void anAgeATrialAnEffectAProposalAQuestionAWorkStillNeededALookBackAndAPartAreNoMilestones(String text) {
        assertThat(read(text)).isEmpty();
    }

    @Test
    void aStructureStillToCompleteIsNoMilestoneThoughTheCueOverlapsItsForecastWord() {
        assertThat(read("青蚨湾测试铁路于2019年开工；2021年车站要完成主体结构。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("construction_started", "2019"));
    }

    @Test
    void aCeremonyDayAndTheBareDayAfterItAreBothToCome() {
        assertThat(read("青蚨湾测试铁路定于6月22日举行开幕典礼，23日通车。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2022-06-22"), tuple("forecast_opening", "2022-06-23"));
    }

    @Test
    void whereALineRunsToIsNoSubjectOfWhatFollows() {
        assertThat(read("青蚨湾测试铁路分两部分建设。至于支线，就由甲站经乙镇，再跨境到白鹭测试高速。有关部门指，目标在2034年或之前同步开通。"))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("qingfu-bay-test-railway", "forecast_opening", "2034"));
    }

    @Test
    void aHeadlineBelowThePagesChromeIsTheBodysClaim() {
        String page = "第01版:头版\n本版新闻列表\n上一篇\n2022年6月15日 星期三\n\n青蚨湾测试铁路甲桥顺利合龙\n\n"
                + "本报讯 6月12日，青蚨湾测试铁路甲桥顺利合龙。\n";
        assertThat(ANALYZER.analyzeText(page, PUBLISHED).milestones()).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("structural", "2022-06-12"));
    }

    @Test
    void theEndOfTheYearStillAheadIsAPlanNotAStart() {
        assertThat(ANALYZER.analyzeText("记者从会上了解到，青蚨湾测试铁路隧道工程年底开工。\n", LocalDate.of(2022, 3, 23)).milestones())
                .extracting(Analyzers::kind).doesNotContain("construction_started");
    }

    @Test
    void aYearOrDayCountedAheadIsToCome() {
        assertThat(read("青蚨湾测试铁路开工 3年后甲乙两地车程缩至半小时")).extracting(Analyzers::kind, Milestone::date)
                .doesNotContain(tuple("construction_started", "2025"));
        assertThat(read("青蚨湾测试铁路明日通车。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2022-06-16"));
    }

    @Test
    void anOpeningQualifyingTheGoalIsTheProjectsForecast() {
        assertThat(read("青蚨湾测试铁路力争2030年完成主体建设，以实现于2031年开通的既定目标。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2031"));
    }

    @Test
    void aTimeAFigureIsComparedWithDatesNoEvent() {
        assertThat(read("甲桥货车流量较上年同期减少一成，业内认为青蚨湾测试铁路的开通分流了部分车辆。"))
                .extracting(Milestone::date).doesNotContain("2021");
    }

    @Test
    void aPhotosCaptionRetellsTheBody() {
        assertThat(read("2月16日，青蚨湾测试铁路甲桥首根桩基开始施工，标志着青蚨湾测试铁路首桩开钻。\n▲青蚨湾测试铁路首桩正式开钻。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-02-16"));
    }

    @Test
    void aBareStartOfTheWorksStillCounts() {
        assertThat(read("青蚨湾测试铁路于6月9日正式启动。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("construction_started", "2022-06-09"));
    }

    @Test
    void aDateOpeningAHeadlineRunDatesNoOpeningSpacesLaterInTheBackground() {
        assertThat(read("2022年6月15日 青蚨湾测试铁路 传来好消息 某隧道顺利贯通 青蚨湾测试铁路建成通车后 甲乙两地1小时互达"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-06-15"));
    }

    @Test
    void networksThatJoinUpAndAnOpeningsWeightAreNoEvents() {
        assertThat(read("青蚨湾测试铁路的开通意义重大,甲市和乙市的轨道交通实现对接,两地融入一小时生活圈。")).isEmpty();
        assertThat(read("青蚨湾测试铁路首节沉管6月14日与西人工岛实现对接。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("structural", "2022-06-14"));
    }

    @Test
    void aTargetWhoseTimeIsOverForecastsNothing() {
        assertThat(read("青蚨湾测试铁路举行启动典礼，将力争2021年完工。")).extracting(Analyzers::kind)
                .doesNotContain("forecast_opening");
        assertThat(read("青蚨湾测试铁路举行启动典礼，将力争2022年完工。")).extracting(Analyzers::kind, Milestone::date)
                .contains(tuple("forecast_opening", "2022"));
    }

    @Test
    void anApprovalOfWhatTheWorkWillDoOnceOpenApprovesNoWork() {
        assertThat(read("今年5月,省交通运输厅批复同意青蚨湾测试铁路建成通车后设置6个车站。")).isEmpty();
        assertThat(read("今年5月,省发改委批复同意建设青蚨湾测试铁路。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("approved", "2022-05"));
    }

    @Test
    void aBackgroundOpeningDatedAheadIsAForecast() {
        assertThat(read("青蚨湾测试铁路在明年通车后,甲乙两地往来将更为快捷。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2023"));
        assertThat(read("青蚨湾测试铁路通车后,甲乙两地往来将更为快捷。")).isEmpty();
    }

    @Test
    void anEstimateIsAForecastAndPavingDoneIsAStructure() {
        assertThat(read("青蚨湾测试铁路年内估计可以全线开通了。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2022"));
        assertThat(read("6月9日,青蚨湾测试铁路沥青摊铺已完成,正开展剩余匝道施工。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("structural", "2022-06-09"));
    }

    @Test
    void aPlanOriginallySetIsSuperseded() {
        assertThat(read("原订2020年落成的青蚨湾测试铁路,至今仍未通车。")).isEmpty();
        assertThat(read("青蚨湾测试铁路按原定计划于2023年通车。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2023"));
    }

    @Test
    void aSentenceBrokenIntoPhraseLinesForPhonesIsReadAsOne() {
        assertThat(read("据悉\n昨日(6月14日)\n青蚨湾测试铁路\n(简称“青蚨铁路”)\n正式开工建设\n甲公司供图"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("construction_started", "2022-06-14"));
    }
}
