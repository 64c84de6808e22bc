package org.baytrack.analysis.milestone;

import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.baytrack.analysis.Analyzers;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How real reports word their milestones (dates told around the claim, tenses, headlines, English as wire copy
 * writes it), each told in our own words of made-up works, so that no date here states a fact about a real project.
 */
class RealReportReadingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 15);
    private static final Entity TEST_LINE = Entity.project("qingfu-bay-test-railway", "青蚨湾测试铁路",
            "Qingfu Bay Test Railway", List.of());
    private static final DocumentAnalyzer WITH_TEST_LINE = new DocumentAnalyzer(Gazetteer.loadDefault().withEntity(TEST_LINE));
    private static final DocumentAnalyzer WITH_TWO_TEST_LINES = new DocumentAnalyzer(Gazetteer.loadDefault()
            .withEntity(TEST_LINE)
            .withEntity(Entity.project("bailu-test-bridge", "白鹭测试大桥", "Bailu Test Bridge", List.of())));

    private static List<Milestone> read(String text) {
        return WITH_TEST_LINE.analyzeText(text + "\n", PUBLISHED).milestones();
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> kindsAndDates(String text) {
        return kindsAndDates(text + "\n", PUBLISHED);
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> kindsAndDates(String page,
                                                                                                   LocalDate published) {
        return assertThat(WITH_TEST_LINE.analyzeText(page, published).milestones())
                .extracting(Analyzers::kind, Milestone::date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6月10日，甲市交通局发布消息，青蚨湾测试铁路今天上午正式开通。|2022-06-10",
            "6月10日，记者从甲市交通局获悉，青蚨湾测试铁路已于昨日正式开通。|2022-06-09",
            "青蚨湾测试铁路今天正式开通。|2022-06-15"})
    void todayCountsFromTheDayTheSentenceReportsOn(String text, String opened) {
        kindsAndDates(text).containsExactly(tuple("opened", opened));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "青蚨湾测试铁路今年3月正式启动。|construction_started",
            "青蚨湾测试铁路今年3月正式启动建设。|construction_started",
            "备受期待的青蚨湾测试铁路今年3月正式开通。|opened"})
    void aStartOnItsOwnAndAnAwaitedOpeningStillCount(String text, String kind) {
        kindsAndDates(text).containsExactly(tuple(kind, "2022-03"));
    }

    @Test
    void aPlaceASectionRunsToIsNoSubject() {
        assertThat(WITH_TEST_LINE.analyzeText("3月2日，青蚨湾测试铁路甲市至珠三角枢纽机场段正式开工。\n", PUBLISHED).milestones())
                .extracting(Milestone::project, Analyzers::kind)
                .containsExactly(tuple("qingfu-bay-test-railway", "construction_started"));
    }

    @Test
    void aPressConferenceOnTheOpeningIsNoOpening() {
        assertThat(WITH_TEST_LINE.analyzeText("青蚨湾测试铁路通车运营新闻通气会2日在甲市举行。\n", PUBLISHED).milestones()).isEmpty();
    }

    @Test
    void aFooterRepeatingTheHeadlineIsTheHeadline() {
        String page = "青蚨湾测试铁路与白鹭测试大桥同步通车\n记者甲\n\n记者获悉，青蚨湾测试铁路本月底将与白鹭测试大桥同步通车。\n"
                + "某报某版青蚨湾测试铁路与白鹭测试大桥同步通车 记者甲2022-06-15\n";
        assertThat(WITH_TWO_TEST_LINES.analyzeText(page, PUBLISHED).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactlyInAnyOrder(tuple("qingfu-bay-test-railway", "forecast_opening", "2022-06"),
                        tuple("bailu-test-bridge", "forecast_opening", "2022-06"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "青蚨湾测试铁路开通直达甲市的列车。",
            "青蚨湾测试铁路甲隧道盾构始发井位于市区。",
            "青蚨湾测试铁路2023年航站楼要完成主体结构。"})
    void aServiceToACityAShaftAndAWorkPlanAreNoMilestones(String text) {
        assertThat(read(text))
                .extracting(Analyzers::kind).doesNotContain("opened", "structural");
    }

    @Test
    void aLineToldOfAgainByWhatItIsStaysTheTopic() {
        String report = "Construction of the Qingfu Bay Test Railway was launched on June 3. Photo/Daily\n"
                + "The 401-km railway will link two towns. Photo/Daily\nThe railway uses a new tunnelling technique.\n"
                + "The railway is expected to be completed in 2026, according to local authorities.\n";
        kindsAndDates(report, PUBLISHED)
                .containsExactly(tuple("construction_started", "2022-06-03"), tuple("forecast_opening", "2026"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "青蚨湾测试铁路计划2023年12月开工建设，全部工程2027年12月建成。|forecast_opening|2027-12",
            "2022年6月6日，青蚨湾测试铁路打下了首根钢管桩，标志着该项目正式开工。|construction_started|2022-06-06"})
    void aLaterEventAfterAForecastIsToComeAndAFirstPileMarkingTheStartIsTheStart(String text, String kind, String date) {
        assertThat(WITH_TEST_LINE.analyzeText(text + "\n", null).milestones().stream()
                .filter(m -> !"planned".equals(Analyzers.kind(m))).toList())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple(kind, date));
    }

    @Test
    void aShortExclamationOpeningThePageIsAHeadline() {
        kindsAndDates("年底通车！\n青蚨湾测试铁路全长约31公里，预计今年底建成通车。\n", PUBLISHED).containsExactly(tuple("forecast_opening", "2022-12"));
    }

    @Test
    void theDayTheSentenceToldDatesItsOwnWhenAndKeepsItsForecast() {
        String report = "新华社甲市6月27日电 青蚨湾测试铁路通车新闻通气会27日举行。\n"
                + "会上透露，青蚨湾测试铁路预计6月30日正式开通，当天上午举行通车活动，15时通车试运营。\n";
        kindsAndDates(report, LocalDate.of(2022, 6, 27)).containsOnly(tuple("forecast_opening", "2022-06-30"));
    }

    @Test
    void aPapersPrintLineIsTheReferenceDate() {
        String repost = "青蚨湾测试铁路盾构机始发\n《 人民日报 》（ 2022年06月16日 06 版）\n日前，青蚨湾测试铁路甲隧道盾构机顺利始发。\n";
        kindsAndDates(repost, LocalDate.of(2022, 11, 25)).containsExactly(tuple("structural", "2022-06"));
    }

    @Test
    void aHeadlineDroppingThePlanIsThePlan() {
        String report = "青蚨湾测试铁路年底动工\n\n青蚨湾测试铁路已获批，并计划于今年底开工。\n";
        assertThat(WITH_TEST_LINE.analyzeText(report, PUBLISHED).milestones())
                .extracting(Analyzers::kind).doesNotContain("construction_started");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "青蚨湾测试铁路的开通，带来了沿线发展的新速度。",
            "青蚨湾测试铁路前期工作已经启动。"})
    void whatAnOpeningBringsAndPreliminaryWorkAreNoOpeningOrStart(String text) {
        assertThat(read(text))
                .extracting(Analyzers::kind).doesNotContain("opened", "construction_started");
    }

    @Test
    void aTimeOfDayInTheNextSentenceIsOfTheDayTheParagraphOpenedOn() {
        String repost = "12月11日上午，青蚨湾测试铁路开通活动在甲市举行。10时34分，现场宣布青蚨湾测试铁路正式开通。"
                + "据悉，青蚨湾测试铁路下午3时将通车试运营。\n";
        kindsAndDates(repost, LocalDate.of(2023, 4, 20)).containsExactly(tuple("opened", "2022-12-11"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Thursday, workers hoisted the first steel girder of the Qingfu Bay Test Railway's bridge into place.|qingfu-bay-test-railway",
            "The Qingfu Bay Test Railway, a 31-km link between Zhuhai and Jiangmen, opened to traffic on Thursday.|qingfu-bay-test-railway"})
    void aPieceAfterTheVerbQualifiesALiftAndALinkInAppositionIsTheNamedWork(String text, String project) {
        assertThat(read(text))
                .extracting(Milestone::project, Milestone::date).containsExactly(tuple(project, "2022-06-09"));
    }

    @Test
    void theTimeGivenToFinishIsNoCompletion() {
        assertThat(WITH_TEST_LINE.analyzeText("Construction of the Qingfu Bay Test Railway began on October 9, 2021, and the "
                + "contractors have five years to finish it.\n", PUBLISHED).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("construction_started", "2021-10-09"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a start of something else a wish and what an opening brings are no claims
            "青蚨湾测试铁路今年3月正式启动招标。",
            "青蚨湾测试铁路下半年启动猫道架设。",
            "市民盼望青蚨湾测试铁路早日建成开通。",
            "青蚨湾测试铁路的开通，将大大缩短两地车程。",
            "青蚨湾测试铁路的正式通车，为沿线旅游带来新机遇。",
            // the stage or the care of a commissioning is no opening
            "At the initial stage of the commissioning of the Qingfu Bay Test Railway, trains will run hourly.",
            "He thanked the bureau for the importance it attached to the commissioning of the Qingfu Bay Test Railway.",
            // a look back and an openings first hours are no claims
            "五年来，青蚨湾测试铁路等标志性工程建成通车。",
            "青蚨湾测试铁路开通72小时以来，车流量超过30万车次。",
            "这一数据远超青蚨湾测试铁路开通同期的车流量。",
            // a superseded plan and a time since are no claims
            "The Qingfu Bay Test Railway was scheduled for completion at the end of last year, but its opening has been delayed twice.",
            "This marks the first holiday since the Qingfu Bay Test Railway was opened on June 3."})
    void noClaimIsReadFrom(String text) {
        assertThat(read(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // reads english as reports write it
            "The Qingfu Bay Test Railway opened a station. Launched in June 2020, this 31-km line links two towns.|construction_started|2020-06",
            "The Qingfu Bay Test Railway project that started in 2015 is now half built.|construction_started|2015",
            "The Qingfu Bay Test Railway is expected to operate in October 2023.|forecast_opening|2023-10",
            "The Qingfu Bay Test Railway is likely to open within the \u201cfirst quarter\u201d of 2023.|forecast_opening|2023-01",
            "Qingfu Bay Test Railway to open by 1Q 2023|forecast_opening|2023-01",
            "The tunnel of the Qingfu Bay Test Railway closes up on Sunday.|structural|2022-06-12",
            "The track laying of the Qingfu Bay Test Railway was completed on Monday.|structural|2022-06-13",
            // a day after a month a clause going on and letter o zeros are read
            "青蚨湾测试铁路初步定于9月22日举行典礼，23日通车。|forecast_opening|2022-09-23",
            "青蚨湾测试铁路明日将举行典礼，并于24日正式通车。|forecast_opening|2022-06-24",
            "青蚨湾测试铁路于二O二O年六月开工建设。|construction_started|2020-06",
            "青蚨湾测试铁路计划明年6月投产。|forecast_opening|2023-06",
            "青蚨湾测试铁路将于11月30日开始运营。|forecast_opening|2022-11-30",
            "青蚨湾测试铁路甲隧道日前开始盾构掘进。|structural|2022-06",
            "青蚨湾测试铁路的建成为今年第三季开通奠定良好的基础。|forecast_opening|2022-07",
            // reads more of english construction news
            "The Qingfu Bay Test Railway will link two towns. Construction of the mega project started in late 2016 and its opening is scheduled for 2024.|construction_started|2016",
            "The Qingfu Bay Test Railway is underway. The first girder of the railway's bridge, weighing 490 tons, was installed on Wednesday.|structural|2022-06-15",
            "Work on the eastern section of the Qingfu Bay Test Railway was officially initiated on Thursday.|construction_started|2022-06-09",
            "The first steel box of the Qingfu Bay Test Railway's bridge tower was lowered on June 9.|structural|2022-06-09",
            "A tunnel boring machine of the Qingfu Bay Test Railway started operation on Friday.|structural|2022-06-10",
            "The Qingfu Bay Test Railway's final segments were joined on Friday.|structural|2022-06-10",
            "The opening ceremony of the Qingfu Bay Test Railway will be held on October 23.|forecast_opening|2022-10-23"})
    void theClaimReadHasItsKindAndDate(String text, String kind, String date) {
        kindsAndDates(text).contains(tuple(kind, date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a first pile is structural and an opening after a completion is the forecast
            "3月2日，青蚨湾测试铁路甲河特大桥首根桩基开始施工。|structural|2022-03-02",
            "3月2日，青蚨湾测试铁路首桩正式开钻。|structural|2022-03-02",
            "青蚨湾测试铁路已开始铺轨作业，预计2023年底完工，2024年即可通车。|forecast_opening|2024",
            "Workers began to install the final steel segment of the Qingfu Bay Test Railway's bridge on March 2.|structural|2022-03-02",
            // reads english delays costs and structures
            "The Qingfu Bay Test Railway moved a step closer to completion on Wednesday as two main structures were connected.|structural|2022-06-15",
            "The completion of the Qingfu Bay Test Railway was postponed for a year to the end of 2023.|forecast_opening|2023-12",
            "The construction of the Qingfu Bay Test Railway, estimated to cost 141.5 billion yuan (about $18.18 billion), began in August 2016.|construction_started|2016-08",
            "The Qingfu Bay Test Railway is slated to finish by 2024.|forecast_opening|2024",
            "Officials vowed to complete the Qingfu Bay Test Railway by 2034.|forecast_opening|2034",
            "The main span of the Qingfu Bay Test Railway's bridge was completed on June 9.|structural|2022-06-09",
            // all piers done and a first tube joined are structural
            "6月9日，青蚨湾测试铁路甲桥的全部墩台均告完工。|structural|2022-06-09",
            "6月9日，青蚨湾测试铁路沉管隧道首节沉管实现与人工岛暗埋段对接。|structural|2022-06-09"})
    void theOnlyClaimReadHasItsKindAndDate(String text, String kind, String date) {
        kindsAndDates(text).containsExactly(tuple(kind, date));
    }

    @Test
    void anAsideAboutTheWorkBreaksNoClause() {
        kindsAndDates("The completion of the Qingfu Bay Test Railway, built by the city government, was postponed for a "
                + "year to the end of 2023.").containsExactly(tuple("forecast_opening", "2023-12"));
    }

    @Test
    void speakingAtTheOpeningCeremonyIsNoOpening() {
        assertThat(read("Speaking at the opening ceremony, the mayor said the Qingfu Bay Test Railway would cut travel times."))
                .isEmpty();
    }

    @Test
    void theProjectOrTheLinkToldOfAgainKeepsTheTopic() {
        kindsAndDates("The Qingfu Bay Test Railway is long.\nThe 55-km link has many parts.\nThe iron used weighs a lot.\n"
                + "Every part of the project is hard.\nTheir delays are over.\n"
                + "The completion of the railway was postponed to the end of 2023.\n", PUBLISHED)
                .containsExactly(tuple("forecast_opening", "2023-12"));
    }
}
