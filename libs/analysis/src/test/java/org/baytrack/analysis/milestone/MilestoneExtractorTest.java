package org.baytrack.analysis.milestone;

import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MilestoneExtractorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 15);

    private static List<Milestone> milestones(String text) {
        return Analyzers.DEFAULT.analyzeText(text, PUBLISHED).milestones();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6月10日，深中通道正式通车。| opened | 2022-06-10",
            "深中通道于2021年5月全面开工建设。| construction_started | 2021-05",
            "今年3月，深中通道伶仃洋大桥成功合龙。| structural | 2022-03",
            "深中通道海底隧道6月1日全线贯通。| structural | 2022-06-01",
            "深中通道东人工岛主体结构封顶。| structural | ",
            "深中通道预计2024年建成通车。| forecast_opening | 2024",
            "深中通道有望于明年6月开通运营。| forecast_opening | 2023-06",
            "深中通道可行性研究报告获国家发改委批复。| approved | ",
            "深中通道去年底竣工验收。| completed | 2021-12",
            "深中通道计划年内开工。| planned | 2022"})
    void classifiesChineseClaims(String text, String kind, String date) {
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("shenzhen-zhongshan-link", kind, date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "深中通道尚未通车。",
            "深中通道目前正在进行沉管安装。",
            "要加快深中通道建设，抓住大湾区发展契机。",
            "深中通道建成后将大大缩短两岸通行时间。",
            "港珠澳大桥开通以来，客流持续增长。",
            "港珠澳大桥开通三周年之际，各方举行纪念活动。",
            "The Shenzhen-Zhongshan Link has not opened yet."})
    void ignoresNegationsPolicyTalkAndBackground(String text) {
        assertThat(milestones(text)).isEmpty();
    }

    @Test
    void givesEachProjectInACoordinatedSentenceItsOwnClaim() {
        assertThat(milestones("南沙大桥、穗莞深城际正式通车，深中通道、广湛高铁开工建设，赣深、广汕汕高铁加快建设。"))
                .extracting(Milestone::project, Analyzers::kind)
                .containsExactly(tuple("nansha-bridge", "opened"), tuple("guangzhou-dongguan-shenzhen-intercity", "opened"),
                        tuple("shenzhen-zhongshan-link", "construction_started"),
                        tuple("guangzhou-zhanjiang-hsr", "construction_started"));
    }

    @Test
    void carriesTheProjectIntoASentenceThatOpensWithTheProject() {
        assertThat(milestones("12月24日，黄茅海跨海通道首片节段梁成功架设。项目预计2024年建成通车，建成后将助力大湾区发展。"))
                .extracting(Analyzers::kind, Milestone::date, Milestone::precision)
                .containsExactly(tuple("structural", "2021-12-24", "day"), tuple("forecast_opening", "2024", "year"));
    }

    @Test
    void readsTraditionalScript() {
        assertThat(milestones("港珠澳大橋於2018年10月24日正式通車。"))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("hong-kong-zhuhai-macao-bridge", "opened", "2018-10-24"));
    }

    @Test
    void readsEnglishReports() {
        List<Milestone> found = milestones("Construction of the Huangmaohai Passage began in May 2021 and the link "
                + "is scheduled to open in 2026. The Shenzhen-Jiangmen high-speed railway was approved last year.");
        assertThat(found).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("huangmaohai-passage", "construction_started", "2021-05"),
                        tuple("huangmaohai-passage", "forecast_opening", "2026"),
                        tuple("shenzhen-jiangmen-hsr", "approved", "2021"));
    }

    @Test
    void postponementIsAForecast() {
        assertThat(milestones("中开高速全线通车时间推迟至2024年。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2024"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a comma before a figure still ends the clause, so the subject of the sentence is inherited
            "记者获悉,广湛高铁是省内在建里程最长的高铁线路,2020年6月30日全线开工。| guangzhou-zhanjiang-hsr | construction_started | 2020-06-30",
            "5月6日,深中通道全线沥青摊铺完成,为项目7月具备通车条件奠定基础。| shenzhen-zhongshan-link | structural | 2022-05-06",
            "5月6日,深中通道全线沥青摊铺完成,为项目7月具备通车条件奠定基础。| shenzhen-zhongshan-link | forecast_opening | 2022-07",
            "4月20日,深江铁路珠江口隧道盾构机在江底顺利始发。| shenzhen-jiangmen-hsr | structural | 2022-04-20",
            "5月9日,深江铁路的一台盾构机完成了全部掘进任务。| shenzhen-jiangmen-hsr | structural | 2022-05-09",
            "港珠澳大桥自2009年12月启建。| hong-kong-zhuhai-macao-bridge | construction_started | 2009-12",
            "深中通道明天上午正式通车。| shenzhen-zhongshan-link | forecast_opening | 2022-06-16",
            "深江铁路全长116公里,2027年建成通车。| shenzhen-jiangmen-hsr | forecast_opening | 2027",
            "國家發改委日前批覆深江鐵路可行性研究報告。| shenzhen-jiangmen-hsr | approved | 2022-06",
            "行政長官會同行政會議昨日批准北環線方案。| northern-link | approved | 2022-06-14",
            "北環線預計於2025年動工、2034年通車。| northern-link | forecast_opening | 2034",
            "皇岗口岸重建项目加快推进,预计2024年底前完成新口岸建设。| huanggang-port-rebuild | forecast_opening | 2024-12",
            "我们以2025年按时完成整个三跑道系统为目标。| hong-kong-airport-3rs | forecast_opening | 2025",
            "港鐵爭取明年首季北環線局部通車。| northern-link | forecast_opening | 2023-01",
            "北環線全線預計將於2030年6月開始投入商業營運。| northern-link | forecast_opening | 2030-06",
            "'The Shenzhen-Zhongshan Link is set to begin toll-free services at 3pm on Sunday.'| shenzhen-zhongshan-link | forecast_opening | 2022-06-19",
            "'The Hong Kong-Zhuhai-Macao Bridge came into service on October 24, 2018.'| hong-kong-zhuhai-macao-bridge | opened | 2018-10-24",
            "'The Shenzhen-Jiangmen Railway is targeted for completion in 2027.'| shenzhen-jiangmen-hsr | forecast_opening | 2027",
            "'The Shenzhen-Zhongshan Link is due to open by the end of next year.'| shenzhen-zhongshan-link | forecast_opening | 2023-12",
            "'The Zhongshan-Kaiping Expressway is scheduled for completion by mid-2024.'| zhongkai-expressway | forecast_opening | 2024-06",
            "'The Shenzhen-Jiangmen Railway aims to finish construction by end-2026.'| shenzhen-jiangmen-hsr | forecast_opening | 2026-12"})
    void readsTheVocabularyOfConstructionNews(String text, String project, String kind, String date) {
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .contains(tuple(project, kind, date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "连接深中通道和南沙港区的南沙联络线明日正式通车。| nansha-zhongshan-expressway",
            "原预定2016年完工的港珠澳大桥，今年才通车。| hong-kong-zhuhai-macao-bridge",
            "与已建成通车的港珠澳大桥一样，深中通道预计明年通车。| shenzhen-zhongshan-link"})
    void namesAClaimOnlyForItsSubject(String text, String project) {
        assertThat(milestones(text)).extracting(Milestone::project).containsOnly(project);
        assertThat(milestones(text)).extracting(Analyzers::kind).doesNotContain("completed");
    }

    @Test
    void questionsAndPromotionalTipsAreNoClaims() {
        assertThat(milestones("广佛江珠城际什么时候开工？")).isEmpty();
        assertThat(milestones("温馨提示：关注公众号回复【城际】可获深惠城际预计开通时间等。")).isEmpty();
    }

    @Test
    void aParagraphOpeningDateDatesItsLaterUndatedClaim() {
        String text = "2月6日,两地口岸全面恢复通关。当天客流明显回升。其中,莲塘口岸旅客通关服务首次启用。";
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("liantang-port", "opened", "2022-02-06"));
    }

    @Test
    void aDescriptionRefersToTheProjectNamedNextInAnOpening() {
        String text = "A new sea-crossing bridge officially opened to traffic on Tuesday.\n"
                + "The Shenzhen-Zhongshan Link joins the two banks of the estuary.";
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("shenzhen-zhongshan-link", "opened", "2022-06-14"));
    }

    @Test
    void theDatelineDayIsTheReferenceAndTheReportRestatedLessPreciselyIsOneEvent() {
        String text = "深中通道通车\n新华社中山3月2日电 深中通道日前建成通车。3月1日上午，深中通道正式通车。";
        assertThat(Analyzers.DEFAULT.analyzeText(text, LocalDate.of(2022, 9, 1)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("shenzhen-zhongshan-link", "opened", "2022-03-01"));
    }

    @Test
    void sectionsOpeningASentenceAreThoseOfTheProjectNamedBefore() {
        String text = "中开高速公路全长约125公里。江门段已于去年1月率先通车，中山段今年5月底通车。";
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("zhongkai-expressway", "opened", "2021-01"), tuple("zhongkai-expressway", "opened", "2022-05"));
    }

    @Test
    void aDayStillToComeThisMonthInAPastClaimWasLastYears() {
        assertThat(milestones("6月24日，黄茅海跨海通道首片钢箱梁顺利架设。")).extracting(Milestone::date).containsExactly("2021-06-24");
    }

    @Test
    void aNumberedNameIsNoDay() {
        assertThat(milestones("深江铁路盾构机“深江1号”完成掘进。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("structural", null));
    }

    @Test
    void workOnAProjectStartedIsAConstructionStart() {
        assertThat(milestones("Work on the Shenzhen-Jiangmen railway started in September 2020.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("construction_started", "2020-09"));
    }

    @Test
    void aProjectTheGazetteerLacksKeepsItsClaimsApartAndDoesNotLendThemToAKnownOne() {
        var a = Analyzers.DEFAULT.analyzeText("深中通道运营平稳。狮山大桥于5月8日建成通车,预计明年全线贯通。", PUBLISHED);
        assertThat(a.milestones()).isEmpty();
        assertThat(a.candidateClaims()).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .contains(tuple("狮山大桥", "opened", "2022-05-08"));
    }

    @Test
    void theDateAfterADatelineOpensItsParagraph() {
        String text = "本报记者深圳6月3日电   6月3日两地口岸全面恢复通关。当天旅客众多。其中,莲塘口岸旅客通关服务首次启用。";
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("liantang-port", "opened", "2022-06-03"));
    }

    @Test
    void aCompletionCeremonyIsStructuralAndAPlanKeptAsOriginallyScheduledIsStillAForecast() {
        String text = "三跑道系统工程进展顺利。工程于上月初举行了竣工典礼,预期新跑道将按原定计划于明年正式投入运作。";
        assertThat(milestones(text)).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("structural", "2022-05"), tuple("forecast_opening", "2023"));
    }

    @Test
    void aHeadlineDaysApartFromTheBodyIsTheSameEvent() {
        String text = "深中通道今日通车\n6月14日下午3时,深中通道正式通车,市民驾车体验。";
        assertThat(milestones(text)).extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2022-06-14"));
    }

    @Test
    void anOpeningOnTheDayOfTheCeremonyTakesTheDayToldBefore() {
        String text = "6月10日上午,庆祝大会在江门举行。\n各方代表致辞。\n当天下午,深江铁路江门段正式开通运营。";
        assertThat(milestones(text)).extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2022-06-10"));
    }

    @Test
    void aDescriptionPointsOnlyAtTheSameKindOfWork() {
        String rail = "Construction on a light rail route linking two towns began on Wednesday.\n"
                + "Its terminus stands in front of the Hengqin Port.";
        assertThat(milestones(rail)).isEmpty();
        String bridge = "A new sea-crossing bridge officially opened to traffic on Tuesday.\n"
                + "The Huangmaohai Passage joins Zhuhai and Jiangmen.";
        assertThat(milestones(bridge)).extracting(Milestone::project).containsExactly("huangmaohai-passage");
    }

    @Test
    void whatASentenceClaimedSomethingAboutIsWhatTheNextOnePointsAt() {
        String text = "珠肇高铁进展顺利。\n全长约3公里的横琴狮山隧道即将开工。该项目计划2024年8月竣工。";
        var a = Analyzers.DEFAULT.analyzeText(text, PUBLISHED);
        assertThat(a.milestones()).extracting(Milestone::project).doesNotContain("zhuhai-zhaoqing-hsr");
        assertThat(a.candidateClaims()).extracting(m -> m.project() + " " + m.kind() + " " + m.date())
                .contains("横琴狮山隧道 forecast_opening 2024-08");
    }

    @Test
    void aCompanionNamedInItsOwnClauseOpensTogetherWithTheSubject() {
        assertThat(milestones("中开高速已经通过交工验收，将于本月底与深中通道同步通车。"))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .contains(tuple("zhongkai-expressway", "forecast_opening", "2022-06"),
                        tuple("shenzhen-zhongshan-link", "forecast_opening", "2022-06"));
    }

    @Test
    void aSentenceWithoutASubjectClaimsForTheProjectJustNamed() {
        String text = "深江铁路全长约116公里，设计时速250公里。工期约五年半，计划2028年建成通车。";
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("shenzhen-jiangmen-hsr", "forecast_opening", "2028"));
    }

    @Test
    void aSentenceWithoutAProjectButWithASubjectOfItsOwnLendsNothing() {
        assertThat(milestones("深江铁路全长约116公里。沿线配套道路去年已建成通车。")).isEmpty();
        assertThat(milestones("深江铁路全长约116公里。5月动工的临时便道建成投入使用。")).isEmpty();
        assertThat(milestones("深江铁路全长约116公里。规划建设一批产业园区。")).isEmpty();
    }

    @Test
    void aPartOfTheWorkDueToFinishIsNoOpeningForecast() {
        String text = "黄茅海跨海通道预计今年底建成通车。黄茅海大桥钢桥面铺装计划于11月中旬完成。";
        assertThat(milestones(text)).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2022-12"));
    }

    @Test
    void whatHappenedBeforeTheOpeningIsBackground() {
        assertThat(milestones("Before the Shenzhen-Zhongshan Link opened, drivers went round by the Humen Bridge.\n")).isEmpty();
        assertThat(milestones("深中通道开工前，两岸往来只能绕行。")).isEmpty();
    }

    @Test
    void englishReadsTrialOperationsInstallationsAndAMarkerInsideTheCue() {
        assertThat(milestones("The Shenzhen-Zhongshan Link commenced trial operations on June 12.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2022-06-12"));
        assertThat(milestones("Recently, the installation of the first box girder of the Shenzhen-Jiangmen Railway was finished.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-06"));
        assertThat(milestones("Construction of the Shenzhen-Jiangmen Railway is to start this autumn.\n"))
                .extracting(Analyzers::kind).doesNotContain("construction_started");
    }

    @Test
    void aCeremonyToBeHeldIsAForecastAndAnOpeningTillNowIsBackground() {
        assertThat(milestones("深中通道开通仪式将于本月28日在中山举行。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2022-06-28"));
        assertThat(milestones("深中通道由去年6月底通车至今，运作良好。")).isEmpty();
        assertThat(milestones("深中通道未来完工通车后，可缩短两地车程。")).isEmpty();
        assertThat(milestones("中山市将以深中通道开通为契机，加快产业升级。")).isEmpty();
        assertThat(milestones("深中通道开通大大缩短了两地车程。")).isEmpty();
        assertThat(milestones("深中通道开通大幅缩短两岸的时空距离。")).isEmpty();
        assertThat(milestones("6月10日，负责深中通道非通航孔桥施工的联合体进场。")).isEmpty();
        assertThat(milestones("中开高速江门段6月10日试桩动工。")).extracting(Analyzers::kind).doesNotContain("construction_started");
    }

    @Test
    void aClauseHoldingTheCeremonyButNoProjectTakesTheSubjectBeforeIt() {
        assertThat(Analyzers.DEFAULT.analyzeText("深中通道,今天举行了动工典礼。", LocalDate.of(2016, 12, 30)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("construction_started", "2016-12-30"));
        assertThat(Analyzers.DEFAULT.analyzeText("总投资数百亿元的深中通道,今日上午十时在中山马鞍岛举行开工仪式。",
                LocalDate.of(2016, 12, 30)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("construction_started", "2016-12-30"));
    }

    @Test
    void aCompletionForecastIsTheOpeningsUnlessTheSentenceDatesTheOpeningApart() {
        assertThat(milestones("深江铁路争取于2027年完成工程建设，2028年开通运营。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2028"));
        assertThat(milestones("深江铁路争取于2027年完成工程建设。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2027"));
    }

    @Test
    void englishReadsLaunchedConstructionBoringJoiningAndAForecastFoundedFor() {
        assertThat(milestones("Construction of the Shenzhen-Jiangmen Railway was launched in Jiangmen on June 3.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("construction_started", "2022-06-03"));
        assertThat(milestones("The tunnel of the Shenzhen-Jiangmen Railway officially began boring on June 5.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-06-05"));
        assertThat(milestones("The deal lays a sound foundation for the commissioning of the Northern Link in the third quarter next year.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2023-07"));
        assertThat(milestones("The Shenzhen-Zhongshan Link is a technological breakthrough.\n")).isEmpty();
        assertThat(milestones("The Shenzhen-Zhongshan Link has an approved budget of 46 billion yuan.\n")).isEmpty();
        assertThat(milestones("A firm was commissioned by the SAR government in 2021 to extend the Hengqin Port.\n")).isEmpty();
    }

    @Test
    void aSpanClosedIsAClosureButABridgeClosedToTrafficIsNot() {
        assertThat(milestones("The main span of the Huangmaohai Bridge was successfully closed on June 9.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-06-09"));
        assertThat(milestones("The Nansha Bridge was closed to traffic for two hours on June 9 as a typhoon passed.\n"))
                .extracting(Analyzers::kind).doesNotContain("structural");
    }

    @Test
    void aForecastThatCameTrueInTheSameReportIsTheOpening() {
        String text = "The Shenzhen-Zhongshan Link will open to traffic on June 14.\n"
                + "The Shenzhen-Zhongshan Link opened to traffic at 3 pm on June 14, with 7,000 cars in the first hour.\n";
        assertThat(milestones(text)).extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2022-06-14"));
    }

    @Test
    void toWrapUpIsToComplete() {
        assertThat(milestones("The Shenzhen-Jiangmen line is expected to wrap up by 2028.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2028"));
    }

    @Test
    void eventsOneAfterAnotherTakeNoDateFromTheContext() {
        String text = "就在5月20日，一趟新的直达列车首发。广汕高铁、赣深高铁相继建成通车。";
        assertThat(milestones(text)).extracting(Milestone::project, Milestone::date)
                .containsExactly(tuple("guangzhou-shantou-hsr", null), tuple("ganzhou-shenzhen-hsr", null));
    }

    @Test
    void anUndatedEventInBetweenEndsTheCarryOfADate() {
        String text = "5月20日，新的直达列车首发。深中通道建成通车。广佛南环城际也已开通运营，两岸联系更紧密。";
        assertThat(milestones(text)).extracting(Milestone::project, Milestone::date)
                .contains(tuple("guangfo-ring-intercity", null));
    }

    @Test
    void aCueQualifyingANameIsBackgroundEvenWhenTheContextHasADate() {
        String text = "5月26日，佛莞城际正式开通运营，并与已开通的莞惠城际首尾相连。";
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("foshan-dongguan-intercity", "opened", "2022-05-26"));
    }

    @Test
    void aPhaseOrACountdownIsNoMilestoneAndAnApproximateDateIsADate() {
        assertThat(milestones("广湛高铁目前进入全面铺轨阶段，预计12月左右开通。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2022-12"));
        assertThat(milestones("广湛高铁开始试运行，开通运营也进入倒计时。")).isEmpty();
        assertThat(milestones("广湛高铁终于要开通了。")).as("a forecast says something only with its date").isEmpty();
        assertThat(milestones("广湛高铁终于要在年底开通了。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2022-12"));
    }

    @Test
    void commissioningIsAnOpening() {
        assertThat(milestones("The three-runway system is scheduled for full commissioning by end-2024.\n"))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("hong-kong-airport-3rs", "forecast_opening", "2024-12"));
    }

    @Test
    void theProjectNamedByItsKindIsNoPartOfIt() {
        String text = "港珠澳大桥主体工程已完工，大桥料于年底前通车。";
        assertThat(milestones(text)).extracting(Analyzers::kind, Milestone::date)
                .contains(tuple("forecast_opening", "2022-12"));
    }

    @Test
    void theWholeSystemIsTheProjectItself() {
        String text = "机场三跑道系统的新跑道已投入服务，整个系统料于2024年底全面启用。";
        assertThat(milestones(text)).extracting(Analyzers::kind, Milestone::date).contains(tuple("forecast_opening", "2024-12"));
    }

    @Test
    void englishReadsTheProjectAndNotWhatItConnectsTo() {
        String text = "The Huangmaohai Link, which connects the Hong Kong-Zhuhai-Macao Bridge to Taishan, went into trial operation on June 11.\n"
                + "As the western extension of the Hong Kong-Zhuhai-Macao Bridge, the passage began construction in June 2020.\n";
        assertThat(milestones(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("huangmaohai-passage", "opened", "2022-06-11"),
                        tuple("huangmaohai-passage", "construction_started", "2020-06"));
    }

    @Test
    void asTheyOpenIsBackground() {
        assertThat(milestones("As the Shenzhen-Zhongshan Link and the Huangmaohai Link open, the west bank draws closer.\n")).isEmpty();
    }

    @Test
    void imminentDueAndOperationalAreForecastWords() {
        assertThat(milestones("广湛高铁开通在即。")).as("undated").isEmpty();
        assertThat(milestones("广湛高铁7月开通在即。")).extracting(Analyzers::kind).containsExactly("forecast_opening");
        assertThat(milestones("The Zhongshan-Kaiping Expressway, due for completion in 2024, is nearly done.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2024"));
        assertThat(milestones("The Zhongshan-Kaiping Expressway is expected to be fully operational by the end of 2024.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2024-12"));
    }

    @Test
    void readsHowGovernmentReleasesTellServicesStartingAndWorksToComplete() {
        assertThat(milestones("The Heung Yuen Wai Boundary Control Point commenced cargo clearance services on June 2.\n"))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("liantang-port", "opened", "2022-06-02"));
        assertThat(milestones("Passenger clearance services at the Heung Yuen Wai Boundary Control Point will commence on August 26.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2022-08-26"));
        assertThat(milestones("The Government aims to complete the Northern Link main line by 2034.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2034"));
        assertThat(milestones("高铁香港段预计于第三季通车。")).extracting(Milestone::date).containsExactly("2022-07");
    }

    @Test
    void aPlaceToldMoreCloselyBetweenCommasKeepsTheDateInTheClause() {
        assertThat(milestones("The Shenzhen-Jiangmen Railway opened to traffic in Jiangmen, south China's Guangdong Province, on June 3.\n"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2022-06-03"));
    }

    @Test
    void itScheduledToOpenIsTheProjectToldBefore() {
        assertThat(milestones("The Shenzhen-Jiangmen Railway took a big step on Tuesday. It is scheduled to open to traffic next year.\n"))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("shenzhen-jiangmen-hsr", "forecast_opening", "2023"));
    }

    @Test
    void anExpletiveItPointsAtNothing() {
        String text = "The Three-Runway System is to be commissioned by 2024.\n"
                + "It is anticipated that the XRL will be ready for commissioning in the third quarter of 2023.\n";
        assertThat(milestones(text)).extracting(Milestone::project, Milestone::date)
                .containsExactly(tuple("hong-kong-airport-3rs", "2024"), tuple("guangzhou-shenzhen-hong-kong-xrl", "2023-07"));
    }

    @Test
    void openingToThePublicFromADayIsAnOpening() {
        assertThat(milestones("莲塘口岸旅检大楼今日起开放。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("opened", "2022-06-15"));
        assertThat(milestones("深圳坚持对外开放，莲塘口岸是重要窗口。")).isEmpty();
    }

    @Test
    void liftingIsAMilestoneForAFirstLastOrKeyPieceOnly() {
        assertThat(milestones("6月10日，深江铁路首片箱梁顺利架设。")).extracting(Analyzers::kind).containsExactly("structural");
        assertThat(milestones("6月10日，深江铁路累计架设箱梁300片。")).isEmpty();
        assertThat(milestones("The final girder of the Shenzhen-Jiangmen Railway bridge was installed on June 10.\n"))
                .extracting(Analyzers::kind).containsExactly("structural");
        assertThat(milestones("Girders of the Shenzhen-Jiangmen Railway were installed on June 10.\n")).isEmpty();
    }

    @Test
    void aPortBuiltAndClearingIsOpen() {
        assertThat(milestones("莲塘口岸货检区于2020年8月建成通关。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("opened", "2020-08"));
    }

    @Test
    void testingAndCommissioningIsNoOpening() {
        assertThat(milestones("The Shenzhen-Jiangmen Railway entered the joint testing and commissioning phase on Monday.\n")).isEmpty();
    }

    @Test
    void aChineseWeekdayLaterInTheWeekThanTheReportIsStillToCome() {
        // 2022-06-15 is a Wednesday: 周六 is the 18th, 上周六 the 11th, 周一 the 13th
        assertThat(milestones("深中通道周六举行通车仪式，翌日通车。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2022-06-18"), tuple("forecast_opening", "2022-06-19"));
        assertThat(milestones("深中通道上周六正式通车。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("opened", "2022-06-11"));
        assertThat(milestones("深中通道周一正式通车。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("opened", "2022-06-13"));
    }

    @Test
    void aStateToldWithYiTakesNoDateFromTheContextButTheDayItPointsAtStill() {
        assertThat(milestones("6月10日，交通运输厅举行发布会。目前，南沙大桥已建成通车。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", null));
        assertThat(milestones("6月10日，交通运输厅举行发布会。当天，深中通道已全线贯通。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-06-10"));
    }

    @Test
    void aCountOfPiecesDoneSoFarIsWorkUnderWayUnlessItIsTheWholeOrTheLast() {
        assertThat(milestones("目前，深中通道已完成25个沉管安装。")).isEmpty();
        assertThat(milestones("6月10日，深中通道第9节沉管顺利对接。")).isEmpty();
        assertThat(milestones("6月10日，深中通道第26个也是最后一个沉管安装完成。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-06-10"));
        assertThat(milestones("经过约40个小时，深中通道最终接头6月10日顺利对接。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-06-10"));
        assertThat(milestones("The 12th element of the Shenzhen-Zhongshan Link tunnel was installed on June 10.\n")).isEmpty();
    }

    @Test
    void oneSentenceTellingAStructuralEventTwiceIsOneMilestoneWithItsDate() {
        assertThat(milestones("深中通道隧道合龙 经过三天作业，深中通道最终接头于6月10日成功对接，隧道实现合龙。"))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-06-10"));
    }

    @Test
    void twoLinesSharingTheirKindWordsInEnglishAreEachNamed() {
        assertThat(Analyzers.DEFAULT.analyzeText("The Guangzhou-Foshan South Ring and Foshan-Dongguan intercity railways "
                + "were launched for operation on May 26, 2024.\n", LocalDate.of(2024, 5, 27)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("guangfo-ring-intercity", "opened", "2024-05-26"),
                        tuple("foshan-dongguan-intercity", "opened", "2024-05-26"));
    }

    @Test
    void figurativeEnglishIsNoClaim() {
        assertThat(milestones("The groundbreaking Foshan-Dongguan Intercity Railway opens up the region to investors.\n"))
                .isEmpty();
        assertThat(milestones("A groundbreaking ceremony for the Foshan-Dongguan Intercity Railway was held on June 1.\n"))
                .extracting(Analyzers::kind).containsExactly("construction_started");
    }

    @Test
    void aTimeOfDayIsNoSubjectAndADayBeforeAnHourIsStillADay() {
        LocalDate before = LocalDate.of(2018, 10, 20);
        for (String text : List.of("港珠澳大桥，将于24日上午9时正式通车运营。", "港珠澳大桥，将于24日9时正式通车。")) {
            assertThat(Analyzers.DEFAULT.analyzeText(text, before).milestones())
                    .extracting(Analyzers::kind, Milestone::date).as(text)
                    .containsExactly(tuple("forecast_opening", "2018-10-24"));
        }
    }

    @Test
    void aBridgeDescribedAsTheBridgeIsTheSubjectNotAPartOfTheWork() {
        assertThat(Analyzers.DEFAULT.analyzeText("港珠澳大桥的口岸设在人工岛上。按照安排，大桥将于10月24日通车。",
                LocalDate.of(2018, 10, 20)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("hong-kong-zhuhai-macao-bridge", "forecast_opening", "2018-10-24"));
        assertThat(milestones("中开高速今年动工。潭江特大桥完工。")).extracting(Analyzers::kind)
                .containsExactly("construction_started");
    }

    @Test
    void aSpeakerRestatingTheGoalForTheMainLineAndSpurSpeaksOfTheProject() {
        assertThat(milestones("港铁今午举行北环线启动礼，行政总裁表示，双方正商讨下一阶段安排，并重申目标主线及支线于2034年竣工。"))
                .extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("construction_started", "2022-06-15"), tuple("forecast_opening", "2034"));
    }

    @Test
    void aStartToldAgainDaysLaterInTheSameReportIsOneStart() {
        assertThat(Analyzers.DEFAULT.analyzeText("港铁昨3日举行北环线工程启动仪式。局长在仪式上表示，今天正式启动的北环线意义重大。",
                LocalDate.of(2025, 10, 4)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("construction_started", "2025-10-03"));
    }

    @Test
    void theTrialOperationsToldNextDateTheOpeningToldBefore() {
        assertThat(Analyzers.DEFAULT.analyzeText("The Shenzhen-Zhongshan Link has opened to traffic. The trial operations "
                + "began at 3 p.m. on Sunday, with thousands of cars crossing in the first hour.\n",
                LocalDate.of(2024, 7, 1)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2024-06-30"));
    }

    // a made-up line, so that the postponements told here state nothing about a real one
    private static final org.baytrack.analysis.DocumentAnalyzer WITH_TEST_LINE = new org.baytrack.analysis.DocumentAnalyzer(
            org.baytrack.analysis.gazetteer.Gazetteer.loadDefault().withEntity(org.baytrack.analysis.gazetteer.Entity.project(
                    "qingfu-bay-test-railway", "青蚨湾测试铁路", "Qingfu Bay Test Railway", List.of())));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "青蚨湾测试铁路建成通车时间由2027年推迟至2028年。",
            "青蚨湾测试铁路通车时间定在2028年。",
            "The opening of the Qingfu Bay Test Railway was delayed from 2027 to 2028.",
            "The Qingfu Bay Test Railway's opening has been pushed back to 2028."})
    void aPostponedOpeningIsForecastForTheNewDate(String text) {
        assertThat(WITH_TEST_LINE.analyzeText(text + "\n", PUBLISHED).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("qingfu-bay-test-railway", "forecast_opening", "2028"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The opening of the Qingfu Bay Test Railway is expected in 2028.",
            "The Qingfu Bay Test Railway's opening is planned for 2028.",
            "The opening of the Qingfu Bay Test Railway has been scheduled for 2028, the operator said."})
    void anOpeningExpectedAtADateIsAForecast(String text) {
        assertThat(WITH_TEST_LINE.analyzeText(text + "\n", PUBLISHED).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("qingfu-bay-test-railway", "forecast_opening", "2028"));
    }

    @Test
    void aWholeLineJoinedUpByTheDaysOpeningIsThatOpening() {
        assertThat(WITH_TEST_LINE.analyzeText("青蚨湾测试铁路二期已于2021年12月28日通车，标志着青蚨湾测试铁路全线贯通。\n",
                PUBLISHED).milestones()).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("opened", "2021-12-28"));
        assertThat(WITH_TEST_LINE.analyzeText("青蚨湾测试铁路主线贯通，预计年底通车。\n", PUBLISHED).milestones())
                .as("a breakthrough beside a forecast is an event of its own").extracting(Analyzers::kind)
                .containsExactlyInAnyOrder("structural", "forecast_opening");
    }

    @Test
    void aRoadTheProjectConnectsToIsNoSubjectForTheNextSentence() {
        assertThat(WITH_TEST_LINE.analyzeText("青蚨湾测试铁路全长约35公里。项目起于甲镇，终于乙镇（接中开高速），西接广中江高速。"
                + "计划明年开工，2026年建成通车。\n", PUBLISHED).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .contains(tuple("qingfu-bay-test-railway", "forecast_opening", "2026"))
                .noneMatch(t -> !"qingfu-bay-test-railway".equals(t.toList().get(0)));
    }

    @Test
    void hongKongsToppingOutIsStructuralAndTheCityOfPingdingshanIsNone() {
        assertThat(WITH_TEST_LINE.analyzeText("青蚨湾测试铁路车站主体结构已于今年3月平顶。\n", PUBLISHED).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-03"));
        assertThat(WITH_TEST_LINE.analyzeText("青蚨湾测试铁路的钢梁今年3月运自平顶山。\n", PUBLISHED).milestones()).isEmpty();
    }

    @Test
    void trafficBeginningOnALineIsItsOpening() {
        assertThat(WITH_TEST_LINE.analyzeText("Traffic on the Qingfu Bay Test Railway began on May 3 last year.\n",
                PUBLISHED).milestones()).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("opened", "2021-05-03"));
        assertThat(WITH_TEST_LINE.analyzeText("Traffic on the Qingfu Bay Test Railway began to slow in May.\n",
                PUBLISHED).milestones()).isEmpty();
    }

    @Test
    void anOpeningExpectedToBringSomethingIsNoForecast() {
        assertThat(WITH_TEST_LINE.analyzeText("The opening of the Qingfu Bay Test Railway is expected to boost tourism.\n",
                PUBLISHED).milestones()).isEmpty();
    }

    @Test
    void aHeadlineDroppingTheWillOfItsBodysForecastIsNoOpening() {
        assertThat(Analyzers.DEFAULT.analyzeText("中开高速与深中通道同步通车\n记者获悉，中开高速已完成验收，本月底将与深中通道同步通车。",
                LocalDate.of(2024, 6, 20)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactlyInAnyOrder(tuple("zhongkai-expressway", "forecast_opening", "2024-06"),
                        tuple("shenzhen-zhongshan-link", "forecast_opening", "2024-06"));
    }

    @Test
    void aProjectTheSubjectConnectsToIsNotTheSubject() {
        assertThat(Analyzers.DEFAULT.analyzeText("与在建深中通道相接的中开高速中山段，预计本月具备通车条件。",
                LocalDate.of(2024, 5, 6)).milestones())
                .extracting(Milestone::project).containsExactly("zhongkai-expressway");
    }

    @Test
    void wherePastTheSubjectAConnectionRunsToIsNotTheSubject() {
        assertThat(Analyzers.DEFAULT.analyzeText("港铁北环线支线建设方案确定，连接北环线的新田站至新皇岗口岸，力争2034年建成通车。",
                LocalDate.of(2025, 7, 9)).milestones())
                .extracting(Milestone::project).containsExactly("northern-link");
    }

    @Test
    void anOpeningThatNamesTheWorkOnlyInItsNextSentenceClaimsForThatWork() {
        assertThat(Analyzers.DEFAULT.analyzeText("3月2日,一台名为“湾区3号”的盾构机顺利完成掘进任务。\n"
                        + "这条隧道是深江铁路的控制性工程,全长约13公里。",
                LocalDate.of(2025, 3, 3)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("shenzhen-jiangmen-hsr", "structural", "2025-03-02"));
        assertThat(Analyzers.DEFAULT.analyzeText("3月2日,一台盾构机顺利完成掘进任务。\n深江铁路预计2027年建成通车。",
                LocalDate.of(2025, 3, 3)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("shenzhen-jiangmen-hsr", "forecast_opening", "2027"));
    }

    @Test
    void anOpeningDateStillToBeAgreedIsNoClaimButOneFixedIsAForecast() {
        assertThat(Analyzers.DEFAULT.analyzeText("2018年10月，国务院原则同意有关请求。横琴口岸正式开通日期将由两地政府商定。",
                LocalDate.of(2020, 3, 19)).milestones()).extracting(Analyzers::kind).doesNotContain("opened");
        assertThat(Analyzers.DEFAULT.analyzeText("横琴口岸通车日期定于8月18日。", LocalDate.of(2020, 8, 1)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2020-08-18"));
    }

    @Test
    void whatWasSoWhenAWorkOpenedIsBackground() {
        assertThat(Analyzers.DEFAULT.analyzeText("回顾历史,虎门大桥当初通车时,每天过桥的车辆只有数千辆。",
                LocalDate.of(2024, 7, 1)).milestones()).isEmpty();
    }

    @Test
    void aHeadlinesInfinitiveIsAForecastAndWhatAnOpeningWillBringIsNoClaim() {
        assertThat(Analyzers.DEFAULT.analyzeText("Liantang Port to open on March 3\n\nThe Liantang Port is to begin "
                        + "operating on March 3. The opening of the port will ease freight traffic at older crossings.",
                LocalDate.of(2021, 2, 20)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("liantang-port", "forecast_opening", "2021-03-03"));
    }

    @Test
    void willOrPlansToCommissionIsAForecastOpening() {
        assertThat(Analyzers.DEFAULT.analyzeText("Airport update\n\nThe airport authority plans to commission the "
                        + "three-runway system on November 28.",
                LocalDate.of(2024, 11, 6)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("hong-kong-airport-3rs", "forecast_opening", "2024-11-28"));
        assertThat(Analyzers.DEFAULT.analyzeText("Airport update\n\nHKIA's third runway will commission on July 8.",
                LocalDate.of(2022, 7, 1)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2022-07-08"));
    }

    @Test
    void aTimeOfDayWithNoDayIsTheReportsDayAndAPortsLanesAreThePort() {
        assertThat(Analyzers.DEFAULT.analyzeText("莲塘口岸开通仪式上午在货检区举行，货检通道下午4时正式启用。",
                LocalDate.of(2020, 8, 26)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("liantang-port", "opened", "2020-08-26"));
        assertThat(Analyzers.DEFAULT.analyzeText("莲塘口岸于8月20日上午启用。", LocalDate.of(2020, 8, 26)).milestones())
                .extracting(Milestone::date).containsExactly("2020-08-20");
    }

    @Test
    void towersCappedAreToppedOut() {
        assertThat(WITH_TEST_LINE.analyzeText("The main towers of the Qingfu Bay Test Railway bridge were capped in May.\n",
                PUBLISHED).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-05"));
        assertThat(WITH_TEST_LINE.analyzeText("Fares on the Qingfu Bay Test Railway were capped in May.\n", PUBLISHED)
                .milestones()).isEmpty();
    }

    @Test
    void aStageOfAStructureAndAPourAreWorkUnderWay() {
        assertThat(milestones("中开高速中山段桥梁下部结构基本完成。")).isEmpty();
        assertThat(milestones("狮子洋通道首个主塔承台浇筑完成。")).isEmpty();
        assertThat(milestones("中开高速潭江特大桥完工。")).extracting(Analyzers::kind).containsExactly("structural");
    }

    @ParameterizedTest
    @ValueSource(strings = {"随着港珠澳大桥的开通，三地往来更加便利。", "广深港高铁香港段开通三年多来运送旅客逾千万人次。",
            "深中通道开通首月，车流量超过300万车次。", "今年是港珠澳大桥开通运营的第五年。",
            "在港珠澳大桥正式通车一周年之际，记者回访了建设者。",
            "The Shenzhen-Zhongshan Link has been open for a year.\n"})
    void anOpeningToldAsACircumstanceOrAnAgeIsBackground(String text) {
        assertThat(milestones(text)).isEmpty();
    }

    @Test
    void anOpeningToldAsTheDaysNewsAfterSuiZheStillCounts() {
        assertThat(milestones("6月10日，随着首辆大巴驶过，深中通道正式通车。")).extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("opened", "2022-06-10"));
    }

    @Test
    void aDayOfTheMonthStillToComeIsAForecastWhateverTheVerb() {
        assertThat(Analyzers.DEFAULT.analyzeText("深中通道6月30日下午通车试运营", LocalDate.of(2024, 6, 26)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2024-06-30"));
        assertThat(Analyzers.DEFAULT.analyzeText("深中通道6月30日下午通车试运营。", LocalDate.of(2024, 7, 2)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2024-06-30"));
    }

    @Test
    void aTimeOfDayAfterADayIsThatDayAndSharesItsTense() {
        assertThat(Analyzers.DEFAULT.analyzeText("发布会上介绍，深中通道预计6月30日开通，上午办活动，下午3时通车试运营。",
                LocalDate.of(2024, 6, 27)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2024-06-30"));
    }

    @Test
    void aHeadlineDroppingTheFutureOfItsBodyIsTheBodysForecast() {
        assertThat(Analyzers.DEFAULT.analyzeText("深中通道6月30日通车\n\n按安排，深中通道将于6月30日15时通车试运营。",
                LocalDate.of(2024, 6, 28)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2024-06-30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"狮子洋通道最快于本月动工。", "狮子洋通道主塔料明年封顶", "狮子洋通道料2027年建成通车"})
    void atTheEarliestAndExpectedAreForecasts(String text) {
        assertThat(Analyzers.DEFAULT.analyzeText(text, LocalDate.of(2021, 12, 17)).milestones())
                .extracting(Analyzers::kind).doesNotContain("construction_started", "structural", "opened");
    }

    @Test
    void anEnglishRelativeClauseIsAboutTheNounBeforeIt() {
        assertThat(Analyzers.DEFAULT.analyzeText("The Heung Yuen Wai control point links up with the Heung Yuen Wai Highway, "
                + "which opened to traffic last year.", LocalDate.of(2020, 8, 21)).milestones()).isEmpty();
        assertThat(Analyzers.DEFAULT.analyzeText("The Heung Yuen Wai control point, which links up with a new highway, "
                + "opened to cargo on August 26.", LocalDate.of(2020, 8, 30)).milestones())
                .extracting(Milestone::project, Milestone::date).containsExactly(tuple("liantang-port", "2020-08-26"));
    }

    @Test
    void anOpeningPhraseOfCircumstanceDatesItsOwnEventNotTheMainClause() {
        assertThat(Analyzers.DEFAULT.analyzeText("After the runway works wrapped up in September 2024, the three-runway "
                + "system is due to open.", LocalDate.of(2024, 11, 1)).milestones())
                .as("the September of the works dates no opening, and an undated forecast is none").isEmpty();
    }

    @Test
    void nowInOperationIsOpen() {
        assertThat(Analyzers.DEFAULT.analyzeText("The three-runway system is now in operation.", LocalDate.of(2024, 12, 1))
                .milestones()).extracting(Analyzers::kind).containsExactly("opened");
    }

    @Test
    void aOneCharacterSectionOpeningASentenceIsTheProjectNamedBefore() {
        assertThat(Analyzers.DEFAULT.analyzeText("广佛环线是环绕广佛两市的城际铁路。南段预计2021年底通车。",
                LocalDate.of(2021, 3, 1)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("guangfo-ring-intercity", "forecast_opening", "2021-12"));
    }

    @Test
    void aNewTimetableIsNoOpening() {
        assertThat(Analyzers.DEFAULT.analyzeText("穗深城际启用新版运行图，实行公交化运营。", LocalDate.of(2021, 3, 1))
                .milestones()).isEmpty();
    }

    @Test
    void theOpeningOfAYearIsItsFirstQuarter() {
        assertThat(Analyzers.DEFAULT.analyzeText("2025年伊始，广佛环线西段盾构隧道全部贯通。", LocalDate.of(2025, 11, 20))
                .milestones()).extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2025-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Hong Kong section of the Express Rail Link opened to the media on Tuesday.",
            "West Kowloon Station of the Express Rail Link opened for public visits on Saturday."})
    void aVisitOrAPreviewIsNoOpening(String text) {
        assertThat(Analyzers.DEFAULT.analyzeText(text, LocalDate.of(2018, 9, 3)).milestones())
                .extracting(Analyzers::kind).doesNotContain("opened");
    }

    @Test
    void theLinkPointsBackAtARailLinkToo() {
        assertThat(Analyzers.DEFAULT.analyzeText("Officials rode the Express Rail Link today. They said the link would be "
                + "commissioned in September.", LocalDate.of(2018, 3, 23)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("guangzhou-shenzhen-hong-kong-xrl", "forecast_opening", "2018-09"));
    }

    @Test
    void anApprovalStillSoughtIsNone() {
        assertThat(Analyzers.DEFAULT.analyzeText("The Northern Link is awaiting the green light from the Executive Council.",
                LocalDate.of(2023, 5, 1)).milestones()).extracting(Analyzers::kind).doesNotContain("approved");
    }

    @Test
    void anInauguralJourneyOpensTheLine() {
        assertThat(Analyzers.DEFAULT.analyzeText("Passengers boarded the inaugural journey of the Express Rail Link on Sunday.",
                LocalDate.of(2018, 9, 23)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2018-09-23"));
    }

    @Test
    void aKickOffCeremonyForTheProjectNamedInAppositionStartsItsConstruction() {
        assertThat(Analyzers.DEFAULT.analyzeText("A kick-off ceremony was held on Friday for a new railway, the Northern Link.",
                LocalDate.of(2025, 10, 4)).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("northern-link", "construction_started", "2025-10-03"));
    }

    @Test
    void anOpeningDateToldAsExpectedOrAsATargetIsAForecast() {
        assertThat(Analyzers.DEFAULT.analyzeText("深中通道的通车日期预计在2024年年中。", LocalDate.of(2023, 5, 10)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2024-06"));
        assertThat(Analyzers.DEFAULT.analyzeText("The target opening date for the Shenzhen-Zhongshan Link is June 2024.",
                LocalDate.of(2023, 5, 10)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("forecast_opening", "2024-06"));
        assertThat(Analyzers.DEFAULT.analyzeText("The opening date of the Shenzhen-Zhongshan Link has not been set.",
                LocalDate.of(2023, 5, 10)).milestones()).isEmpty();
    }

    @Test
    void aClosureSegmentIsAPartNotAClosure() {
        assertThat(Analyzers.DEFAULT.analyzeText("黄茅海跨海通道合龙段施工正在紧张进行。", LocalDate.of(2023, 5, 10)).milestones())
                .isEmpty();
        assertThat(Analyzers.DEFAULT.analyzeText("5月8日，黄茅海跨海通道成功合龙，合龙段长约百米。", LocalDate.of(2023, 5, 10))
                .milestones()).extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2023-05-08"));
    }

    @Test
    void trafficBeginningToFlowOpensTheWork() {
        assertThat(Analyzers.DEFAULT.analyzeText("Traffic began flowing on the Huangmaohai Cross-Sea Passage at 3pm on Wednesday.",
                LocalDate.of(2024, 12, 12)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2024-12-11"));
    }

    @Test
    void phasesOpenedRespectivelyOnListedDatesAreOneEventEach() {
        assertThat(Analyzers.DEFAULT.analyzeText("广中江高速一期、二期、三期已分别于2016年、2017年、2020年建成通车。",
                LocalDate.of(2021, 12, 27)).milestones())
                .extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("opened", "2016"), tuple("opened", "2017"), tuple("opened", "2020"));
    }

    // two made-up works, so that their dates state nothing about real ones
    private static final org.baytrack.analysis.DocumentAnalyzer WITH_TWO_TEST_LINES = new org.baytrack.analysis.DocumentAnalyzer(
            org.baytrack.analysis.gazetteer.Gazetteer.loadDefault()
                    .withEntity(org.baytrack.analysis.gazetteer.Entity.project("qingfu-bay-test-railway", "青蚨湾测试铁路",
                            "Qingfu Bay Test Railway", List.of()))
                    .withEntity(org.baytrack.analysis.gazetteer.Entity.project("bailu-test-bridge", "白鹭测试大桥",
                            "Bailu Test Bridge", List.of())));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "青蚨湾测试铁路、白鹭测试大桥预计分别于2026年、2027年建成通车。",
            "The Qingfu Bay Test Railway and the Bailu Test Bridge are expected to open in 2026 and 2027 respectively."})
    void worksOpeningRespectivelyOnListedDatesTakeOneDateEach(String text) {
        assertThat(WITH_TWO_TEST_LINES.analyzeText(text + "\n", PUBLISHED).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactlyInAnyOrder(tuple("qingfu-bay-test-railway", "forecast_opening", "2026"),
                        tuple("bailu-test-bridge", "forecast_opening", "2027"));
    }
}
