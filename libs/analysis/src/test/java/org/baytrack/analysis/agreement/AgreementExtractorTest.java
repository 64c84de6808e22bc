package org.baytrack.analysis.agreement;

import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AgreementExtractorTest {
    private static List<Agreement> agreements(String text) {
        return Analyzers.DEFAULT.analyzeText(text, LocalDate.of(2022, 3, 18)).agreements();
    }

    @Test
    void readsTitleInBracketsPartiesAndDate() {
        assertThat(agreements("3月17日，珠海市政府与澳门特区政府在横琴签署《关于深化珠澳合作的框架协议》。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("关于深化珠澳合作的框架协议");
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                    assertThat(a.parties()).containsExactly("zhuhai-government", "macao-sar-government");
                });
    }

    @Test
    void anEnglishAgreementNamedByItsParticipleAndLaterAsTheFrameworkAgreementIsOneSigning() {
        assertThat(agreements("Ports pact\n\nShipping between the two cities will grow under a cooperation agreement "
                + "signed by the Zhuhai Municipal Government and the Macao SAR Government on Wednesday. "
                + "Officials of both governments signed the cooperation agreement after a two-hour meeting."))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2022-03-16");
                    assertThat(a.parties()).contains("macao-sar-government");
                });
    }

    @Test
    void aJointMeetingsDayDatesTheSigningsAfterItAndTheTitlesYearDoesNot() {
        assertThat(Analyzers.DEFAULT.analyzeText("2021年粤澳合作联席会议15日在珠海举行。\n"
                        + "粤澳双方签署了《实施〈粤澳合作框架协议〉2021年重点工作》。",
                LocalDate.of(2021, 6, 16)).agreements()).singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2021-06-15");
                    assertThat(a.parties()).containsExactly("guangdong-government", "macao-sar-government");
                    assertThat(a.partyNames()).containsExactly("粤澳双方");
                });
    }

    @Test
    void aTitleRetoldWithoutItsInnerQuotesIsOneAgreement() {
        assertThat(agreements("3月17日，珠海市政府与澳门特区政府签署《实施〈珠澳合作协议〉2022年重点工作》。"
                + "珠海市政府与澳门特区政府当天签署《实施珠澳合作协议2022年重点工作》，涵盖交通等领域。"))
                .extracting(Agreement::signed).containsExactly("2022-03-17");
    }

    @Test
    void readsCountAndFieldsOfABatch() {
        assertThat(agreements("两市签署了3项合作协议，涉及交通、金融、医疗等3个领域。")).singleElement().satisfies(a -> {
            assertThat(a.count()).isEqualTo(3);
            assertThat(a.title()).isEqualTo("合作协议");
            assertThat(a.fields()).containsExactly("交通", "金融", "医疗");
        });
    }

    @Test
    void attachesProgressFiguresFromTheNextSentence() {
        assertThat(agreements("2018年，广州与佛山签署《广佛同城化合作框架协议》。协议确定了30个合作事项，目前已完成12项。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2018");
                    assertThat(a.items()).isEqualTo(30);
                    assertThat(a.done()).isEqualTo(12);
                });
    }

    @Test
    void eachBracketedTitleAfterOneVerbIsItsOwnAgreement() {
        assertThat(agreements("会上，广州市政府与香港特区政府签署了《穗港科技合作协议》和《穗港青年交流合作备忘录》。"))
                .extracting(Agreement::title, Agreement::parties)
                .containsExactly(tuple("穗港科技合作协议", List.of("guangzhou-government", "hksar-government")),
                        tuple("穗港青年交流合作备忘录", List.of("guangzhou-government", "hksar-government")));
    }

    @Test
    void namesSignatoriesTheGazetteerDoesNotKnow() {
        assertThat(agreements("据了解，深圳市政府与华为技术有限公司近日签署战略合作框架协议。"))
                .singleElement().satisfies(a -> assertThat(a.parties()).containsExactly("shenzhen-government", "华为技术有限公司"));
    }

    @Test
    void aWordOfTimeAfterASignatoryIsNoPartOfIt() {
        assertThat(agreements("深圳市政府早前与华为技术有限公司签署战略合作框架协议。"))
                .singleElement().satisfies(a -> assertThat(a.partyNames()).containsExactly("深圳市政府", "华为技术有限公司"));
    }

    @Test
    void ceremoniesAndCaptionsAreNoAgreements() {
        assertThat(agreements("图为双城深化合作专项协议签署仪式现场。双方举行了项目签约仪式，现场签约项目56个。")).isEmpty();
    }

    @Test
    void readsEnglishAgreements() {
        assertThat(agreements("Shenzhen and Hong Kong signed eight cooperation agreements on March 17 covering "
                + "innovation, finance and healthcare.")).singleElement().satisfies(a -> {
                    assertThat(a.count()).isEqualTo(8);
                    assertThat(a.title()).isEqualTo("cooperation agreements");
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                    assertThat(a.parties()).containsExactly("shenzhen", "hong-kong");
                    assertThat(a.fields()).containsExactly("innovation", "finance", "healthcare");
                });
    }

    private static List<Agreement> agreements(String text, LocalDate published) {
        return Analyzers.DEFAULT.analyzeText(text, published).agreements();
    }

    @Test
    void partiesAreKeptAsWorded() {
        assertThat(agreements("深港两地于2019年正式签署了《关于共建跨境科创园区的合作备忘录》。")).singleElement().satisfies(a -> {
            assertThat(a.partyNames()).containsExactly("深港两地");
            assertThat(a.signed()).isEqualTo("2019");
        });
    }

    @Test
    void aWitnessingClauseIsNoParty() {
        assertThat(agreements("今天我很高兴和各位一起见证广州市政府与香港特区政府签署《穗港交通合作协议》。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.partyNames()).containsExactly("广州市政府", "香港特区政府");
                    assertThat(a.parties()).containsExactly("guangzhou-government", "hksar-government");
                    assertThat(a.signed()).isEqualTo("2022-03-18");
                });
    }

    @Test
    void aCeremonyTwoPartiesHoldIsTheirAgreement() {
        assertThat(agreements("3月10日上午，佛山市人民政府与中国交通建设股份有限公司（以下简称中国交建）在市政府举行战略合作签约仪式。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("战略合作协议");
                    assertThat(a.partyNames()).containsExactly("佛山市人民政府", "中国交通建设股份有限公司");
                    assertThat(a.parties()).doesNotContain("中国交通建设股份有限公司（以下简称中国交建）");
                    assertThat(a.signed()).isEqualTo("2022-03-10");
                });
    }

    @Test
    void aSigningStillToComeIsNoAgreement() {
        assertThat(agreements("深莞两市将于明天签署《深莞交通一体化合作协议》。")).isEmpty();
        assertThat(agreements("双方计划下月签订合作框架协议。")).isEmpty();
        assertThat(agreements("Zhuhai and Macao will sign a cooperation agreement next week.")).isEmpty();
        assertThat(agreements("The memorandum is expected to be signed on April 2.")).isEmpty();
    }

    @Test
    void aPlanOrAWorksContractIsNoAgreement() {
        assertThat(agreements("省政府与市政府共同签署《横琴片区综合交通发展规划纲要》。")).isEmpty();
        assertThat(agreements("中铁大桥局与项目公司签订了主桥施工总承包合同。")).isEmpty();
        assertThat(agreements("China Railway signed a design contract for the new station on Monday.")).isEmpty();
        assertThat(agreements("A contract was signed on Monday with a consortium of two builders.")).isEmpty();
    }

    @Test
    void yesterdayWrittenAsOneCharacterDatesTheSigning() {
        assertThat(agreements("港铁昨与深圳地铁集团签订合作协议。")).singleElement().satisfies(a -> {
            assertThat(a.signed()).isEqualTo("2022-03-17");
            assertThat(a.partyNames()).containsExactly("港铁", "深圳地铁集团");
        });
    }

    @Test
    void aSigningAfterTheMeetingTakesTheMeetingDayOfItsParagraph() {
        assertThat(agreements("3月15日，两市在东莞召开联席会议。会议回顾了一年来的合作成果。会后双方签署5份合作协议。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2022-03-15");
                    assertThat(a.count()).isEqualTo(5);
                });
    }

    @Test
    void aNextYearGoalOfTheParagraphIsNoSigningDate() {
        assertThat(agreements("两市明年将深化合作。双方签署了合作协议。")).singleElement()
                .satisfies(a -> assertThat(a.signed()).isNull());
    }

    @Test
    void anUndatedTitleTakesTheDateAnotherSentenceGivesIt() {
        assertThat(agreements("市长今日出席《深汕交通合作备忘录》签署仪式并致辞。\n"
                + "在仪式上，我很荣幸见证深圳市政府与汕尾市政府签署《深汕交通合作备忘录》。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2022-03-18");
                    assertThat(a.partyNames()).containsExactly("深圳市政府", "汕尾市政府");
                });
    }

    @Test
    void theDealSignedTodayCompletesTheAgreementToldBefore() {
        assertThat(agreements("The Chief Executive has signed the Framework Agreement on Cross-boundary Transport.\n"
                + "Witnessed by state leaders, she signed the deal today with Guangdong Governor Wang Weizhong and "
                + "Macao Chief Executive Ho Iat Seng.")).singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("Framework Agreement on Cross-boundary Transport");
                    assertThat(a.signed()).isEqualTo("2022-03-18");
                    assertThat(a.partyNames()).containsExactly("The Chief Executive", "Guangdong Governor Wang Weizhong",
                            "Macao Chief Executive Ho Iat Seng");
                });
    }

    @Test
    void aDealOnAWeekdayIsTheLastSuchDay() {
        assertThat(agreements("Shenzhen and Hong Kong signed a deal on Tuesday to build a joint innovation zone."))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2022-03-15");
                    assertThat(a.partyNames()).containsExactly("Shenzhen", "Hong Kong");
                });
    }

    @Test
    void withoutAReferenceDateAWeekdayIsTheDocumentsDateOnThatDay() {
        assertThat(agreements("Officials pose after signing a deal of Cooperation Arrangement on the Joint Checkpoint "
                + "in Shenzhen, March 12, 2022.\n"
                + "The Shenzhen government signed a co-location cooperation deal with the Hong Kong SAR government on Saturday.",
                null)).singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2022-03-12");
                    assertThat(a.title()).startsWith("Cooperation Arrangement");
                    assertThat(a.partyNames()).containsExactly("The Shenzhen government", "the Hong Kong SAR government");
                });
    }

    @Test
    void anAgreementNamedInAnotherClauseIsNotTheSigningsObject() {
        assertThat(agreements("After the signing, the two sides will submit the agreement to the legislature.")).isEmpty();
    }

    @Test
    void aTitleBeforeTheVerbIsSignedToo() {
        assertThat(agreements("3月16日，由珠海市政府与澳门特区政府共同拟定的《珠澳口岸通关合作协议》在横琴正式签署。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("珠澳口岸通关合作协议");
                    assertThat(a.signed()).isEqualTo("2022-03-16");
                });
        assertThat(agreements("会议强调要加快推动《深港合作备忘录》的签署。")).isEmpty();
    }

    @Test
    void aPassiveEnglishSigningNamesItsAgents() {
        assertThat(agreements("A memorandum of understanding on cross-border ferries was signed by Zhuhai and Macao on Wednesday."))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("memorandum of understanding on cross-border ferries");
                    assertThat(a.signed()).isEqualTo("2022-03-16");
                    assertThat(a.partyNames()).containsExactly("Zhuhai", "Macao");
                    assertThat(a.parties()).as("as entity ids where known").containsExactly("zhuhai", "macao");
                });
    }

    @Test
    void aDealSealedIsSigned() {
        assertThat(agreements("Two ferry operators sealed a deal on Wednesday to share a pier."))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("deal");
                    assertThat(a.signed()).isEqualTo("2022-03-16");
                });
        assertThat(agreements("The operator sealed its bid with wax.")).isEmpty();
    }

    @Test
    void theMemorandumSignedLaterInTheStoryIsTheDealToldFirst() {
        assertThat(agreements("Zhuhai and Macao signed a deal on Wednesday to open a new ferry route.\n"
                + "\"This is a milestone,\" an official said as the memorandum was signed, citing a report in yesterday's paper."))
                .singleElement().satisfies(a -> assertThat(a.signed()).isEqualTo("2022-03-16"));
    }

    @Test
    void signAsANounOrAClauseBeforeTheAgreementIsNoSigning() {
        assertThat(agreements("The talks are a sign that the agreement on rail links may be revised.")).isEmpty();
        assertThat(agreements("Officials signed that the cooperation agreement needs review.")).isEmpty();
    }

    @Test
    void twoSigningsInOneSentenceAreTwoAgreements() {
        assertThat(agreements("3月17日，广州市政府与香港特区政府签署了《穗港科技合作协议》，深圳市政府与澳门特区政府签署了《深澳旅游合作备忘录》。"))
                .extracting(Agreement::title, Agreement::partyNames)
                .containsExactly(tuple("穗港科技合作协议", List.of("广州市政府", "香港特区政府")),
                        tuple("深澳旅游合作备忘录", List.of("深圳市政府", "澳门特区政府")));
    }

    @Test
    void partiesStandBeforeALeadInThatRunsIntoTheVerbAndTheMeetingDayDatesIt() {
        List<Agreement> found = agreements("粤港合作联席会议3月17日在广州召开。粤港双方会后签署了《甲合作备忘录》《乙框架协议》。");
        assertThat(found).extracting(Agreement::title, Agreement::signed)
                .containsExactly(tuple("甲合作备忘录", "2022-03-17"), tuple("乙框架协议", "2022-03-17"));
        assertThat(found).allSatisfy(a -> assertThat(a.partyNames()).containsExactly("粤港双方"));
    }

    @Test
    void aSigningAtTheMeetingTakesTheMeetingDayToldParagraphsBefore() {
        List<Agreement> found = agreements("新华社香港3月16日电 两地合作会议16日举行。\n双方回顾了合作成果。\n"
                + "会议指出，两地将深化合作。\n粤港双方会后签署了《甲合作备忘录》。");
        assertThat(found).extracting(Agreement::title, Agreement::signed).containsExactly(tuple("甲合作备忘录", "2022-03-16"));
        assertThat(agreements("会上，甲市与乙市签订了《丙合作备忘录》。")).extracting(Agreement::signed).containsOnlyNulls();
    }

    @Test
    void bothSidesOfAJointMeetingAreTheGovernmentsItsNameAbbreviates() {
        String text = "粤港合作联席会议第二十次会议昨日在香港举行。会后双方签署8份合作协议。";
        Agreement a = agreements(text).get(0);
        assertThat(a.parties()).contains("guangdong-government", "hksar-government").doesNotContain("双方");
        assertThat(a.partyNames()).as("the sides the meeting's name gives, in the text's word").containsExactly("粤港双方");
    }

    @Test
    void bothSidesElseAreThePartiesNamedJustBefore() {
        String text = "深圳市政府与江门市政府代表昨日会面。两地签订了交通合作协议。";
        assertThat(agreements(text).get(0).parties()).containsExactlyInAnyOrder("shenzhen-government", "jiangmen-government");
    }

    @Test
    void aConjunctionInsideAKnownNameDoesNotSplitIt() {
        String text = "3月16日，国家发展和改革委员会与广东省政府签署了《交通合作框架协议》。";
        assertThat(agreements(text).get(0).partyNames()).contains("国家发展和改革委员会").doesNotContain("国家发展");
    }

    @Test
    void aRelativeDayWithItsDateInBracketsIsThatDay() {
        String text = "广东省政府与香港特区政府前(16)日签署《交通合作框架协议》。";
        assertThat(agreements(text).get(0).signed()).isEqualTo("2022-03-16");
    }

    @Test
    void anApprovalBetweenThePartiesAndTheVerbIsNoParty() {
        String text = "2010年，香港特区政府与广东省政府经国务院批准后签署《粤港合作框架协议》。";
        assertThat(agreements(text).get(0).partyNames()).containsExactly("香港特区政府", "广东省政府");
    }

    @Test
    void englishReadsEnteringIntoAnAgreementAndKeepsANameWithAndWhole() {
        String text = "On 5 March 2022, the National Development and Reform Commission and the Guangdong provincial government "
                + "entered into a framework agreement on transport.\n";
        Agreement a = agreements(text).get(0);
        assertThat(a.signed()).isEqualTo("2022-03-05");
        assertThat(a.parties()).containsExactly("ndrc", "guangdong-government");
        assertThat(a.partyNames()).contains("the National Development and Reform Commission");
    }

    @Test
    void anEnglishHeadlineRetoldByTheDatelinedBodyIsOneAgreement() {
        String text = "Hong Kong and Guangdong sign deals to deepen cooperation\n"
                + "HONG KONG, March 15 (Xinhua) -- The HKSAR government and the Guangdong provincial government signed "
                + "six cooperation documents on Tuesday.\n";
        List<Agreement> found = agreements(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).signed()).isEqualTo("2022-03-15");
        assertThat(found.get(0).partyNames()).noneMatch(n -> n.contains("March"));
    }

    @Test
    void theCommasOfAListOfPartiesEndNoClauseBeforeTheSigningDay() {
        // 2017-07-06 is a Thursday: the Saturday before is 1 July, when the framework agreement was signed
        assertThat(agreements("The framework agreement was signed by the NDRC and the governments of Guangdong, "
                + "Hong Kong and Macao on Saturday.", LocalDate.of(2017, 7, 6)))
                .singleElement().satisfies(a -> assertThat(a.signed()).isEqualTo("2017-07-01"));
        assertThat(agreements("The cooperation agreement was signed by Shenzhen and Hong Kong, which will open "
                + "a joint office in 2018.", LocalDate.of(2017, 7, 6)))
                .singleElement().satisfies(a -> assertThat(a.signed()).isNotEqualTo("2018"));
    }

    @Test
    void governmentsWordedByTheirPlacesOneCharacterNamesAreEachAParty() {
        assertThat(agreements("7月1日，国家发展改革委和粤港澳三地政府在香港签署框架协议。", LocalDate.of(2017, 7, 2)))
                .singleElement().satisfies(a -> assertThat(a.parties())
                        .contains("guangdong-government", "hksar-government", "macao-sar-government"));
    }

    @Test
    void anEnglishSigningOfAnAgreementBetweenTwoSidesNamesBoth() {
        assertThat(agreements("An official today witnessed the signing of a co-operation agreement between the "
                + "Development Bureau and the Qianhai Authority.", LocalDate.of(2019, 9, 24)))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("co-operation agreement");
                    assertThat(a.partyNames()).containsExactly("Development Bureau", "Qianhai Authority");
                });
    }

    @Test
    void partiesBeforeAMeetingLeadInAreTheSigningsEvenWithAnAdverbBeforeTheVerb() {
        assertThat(agreements("粤澳双方在会上还签署了《横琴合作备忘录》和《口岸合作协议》。", LocalDate.of(2019, 11, 28)))
                .hasSize(2).allSatisfy(a -> assertThat(a.parties()).contains("guangdong-government", "macao-sar-government"));
    }

    @Test
    void aSigningToldAsDoneBeforeTheReportTakesNoDateFromAroundIt() {
        assertThat(agreements("9月17日，行政长官发表施政报告。特区政府已与港铁公司签订北环线项目协议，目标2034年开通。",
                LocalDate.of(2025, 9, 17))).singleElement().satisfies(a -> assertThat(a.signed()).isNull());
        assertThat(agreements("9月17日，特区政府与港铁公司签订北环线项目协议。", LocalDate.of(2025, 9, 18)))
                .singleElement().satisfies(a -> assertThat(a.signed()).isEqualTo("2025-09-17"));
    }

    @Test
    void whatFollowsTheTopicWordIsTheMatterNotAParty() {
        assertThat(agreements("2023年2月28日，港铁公司与运输及物流局就东涌线延线的融资、设计、建造及营运签订了项目协议。",
                LocalDate.of(2023, 3, 1))).singleElement().satisfies(a -> assertThat(a.partyNames())
                        .noneMatch(n -> n.contains("设计") || n.contains("营运")));
    }

    @Test
    void aProjectAgreementIsAnAgreementButProjectsSignedUpAreNot() {
        assertThat(agreements("2月28日，港铁公司与运输及物流局签订项目协议。", LocalDate.of(2023, 3, 1)))
                .singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("项目协议"));
        assertThat(agreements("会上共签约项目32个，总投资超千亿元。", LocalDate.of(2023, 3, 1))).isEmpty();
    }

    @Test
    void aWireMeetingDayInChineseNumeralsDatesTheSigningAndTheDatelinesCityIsNoParty() {
        assertThat(agreements("新华社珠海3月18日电 三市交通合作会议十七日在珠海召开，中山市政府与江门市政府在会上签署了《交通合作框架协议》。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                    assertThat(a.parties()).containsExactly("zhongshan-government", "jiangmen-government");
                });
    }

    @Test
    void hostsNamedBeforeTheirVenueHoldTheCeremonyAndTheCityInACompanysNameIsNoParty() {
        assertThat(agreements("3月9日，广州某港务股份有限公司、佛山某控股有限公司在南沙某管委会，举行了合资经营某码头的签约仪式。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2022-03-09");
                    assertThat(a.partyNames()).containsExactly("广州某港务股份有限公司", "佛山某控股有限公司");
                    assertThat(a.parties()).doesNotContain("guangzhou", "foshan");
                    assertThat(a.title()).isEqualTo("合资经营某码头协议");
                });
    }

    @Test
    void aMeetingDayThatCannotBePlacedLeavesItsYearAndAMeetingHeldRecentlyItsMonth() {
        assertThat(Analyzers.DEFAULT.analyzeText("2020年三市合作会议27日在甲市举行，三市市长出席并签署了《交通合作框架协议》。", null)
                .agreements()).singleElement().satisfies(a -> assertThat(a.signed()).isEqualTo("2020"));
        assertThat(agreements("甲乙两市联合招商大会日前举行。\n活动推介了两个园区。会上，甲市某区与乙市某新区签订了融合发展框架协议。"))
                .singleElement().satisfies(a -> assertThat(a.signed()).isEqualTo("2022-03"));
    }

    @Test
    void theAgreementRetoldWithItsSignatoriesTakesThemAndATallyIsNoSigning() {
        assertThat(agreements("《甲乙轨道交通合作框架协议》昨日正式签订。该协议由甲市地铁集团与乙市实业集团签订。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("甲乙轨道交通合作框架协议");
                    assertThat(a.partyNames()).containsExactly("甲市地铁集团", "乙市实业集团");
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                });
        assertThat(agreements("3月17日，三市市长签署了《海洋经济合作框架协议》，至此三市已累计签署合作协议55个。"))
                .extracting(Agreement::title).containsExactly("海洋经济合作框架协议");
        assertThat(agreements("3月14日，甲公司与乙公司签署某大桥施工监理B3合同段合同。")).isEmpty();
    }

    @Test
    void anArrangementSignedIsAnAgreement() {
        assertThat(agreements("Hong Kong and Shenzhen signed the Qingfu Bay Port co-location arrangement on Thursday."))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("Qingfu Bay Port co-location arrangement");
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                    assertThat(a.parties()).containsExactly("hong-kong", "shenzhen");
                });
    }

    @Test
    void aQuotedEnglishTitleIsTheAgreementAndTheCityInAnAuthoritysNameIsNoParty() {
        assertThat(agreements("Airport Authority Hong Kong and Zhuhai Municipal Government today signed the "
                + "\u201cQingfu Bay Airports Cooperation Memorandum of Understanding\u201d (MoU)."))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("Qingfu Bay Airports Cooperation Memorandum of Understanding");
                    assertThat(a.signed()).isEqualTo("2022-03-18");
                    assertThat(a.parties()).contains("zhuhai-government").doesNotContain("hong-kong");
                    assertThat(a.partyNames()).contains("Airport Authority Hong Kong");
                });
        assertThat(agreements("The two cities will sign the \u201cQingfu Bay Ports Cooperation Agreement\u201d next week.")).isEmpty();
        assertThat(agreements("So far the two cities have signed the \u201cQingfu Bay Ports Cooperation Agreement\u201d and four others."))
                .isEmpty();
    }

    @Test
    void aLongEnglishTitleKeepsItsWholeTail() {
        assertThat(agreements("The bureau and the MTR Corporation signed the Memorandum of Understanding on the Arrangements "
                + "for Preparation of Key Operational Issues for the Northern Section of the Qingfu Bay Test Railway today."))
                .singleElement().satisfies(a -> assertThat(a.title()).endsWith("of the Qingfu Bay Test Railway"));
    }

    @Test
    void oneSignerWithEachOfSeveralCounterpartsSignsOneAgreementEach() {
        assertThat(agreements("3月17日，某集团董事长甲某代表某集团分别与甲市政府、乙市政府、丙市政府签订战略合作协议。"))
                .extracting(Agreement::signed, Agreement::partyNames)
                .containsExactly(tuple("2022-03-17", List.of("某集团", "甲市政府")),
                        tuple("2022-03-17", List.of("某集团", "乙市政府")),
                        tuple("2022-03-17", List.of("某集团", "丙市政府")));
    }

    @Test
    void aHeadlineAndAGenericRetellingAreTheDatedAgreementOfTheBody() {
        assertThat(agreements("甲市与乙市签署《青蚨湾港口合作备忘录》\n\n3月17日，甲市市长与乙市市长会面。会面后，两市签署《青蚨湾港口合作备忘录》。"
                + "今天签署的协议涵盖港口、航运等领域。\n"))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("青蚨湾港口合作备忘录");
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                });
    }

    @Test
    void aDatelineIsNoParty() {
        assertThat(agreements("新华社珠海3月17日电 甲市政府与乙市政府今天签署《青蚨湾港口合作备忘录》。\n"))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                    assertThat(a.partyNames()).noneMatch(n -> n.contains("新华社"));
                });
    }

    @Test
    void theCountClosingAListOfCitiesIsNoneOfThem() {
        assertThat(agreements("3月17日，某集团与甲市、乙市两市签订投资协议。")).singleElement()
                .satisfies(a -> assertThat(a.partyNames()).containsExactly("某集团", "甲市", "乙市"));
    }

    @Test
    void aSigningDuringTheMeetingTakesTheMeetingsDay() {
        assertThat(agreements("新华社甲市3月17日电 两市合作会议16日在甲市举行。\n期间，两市签署了《青蚨湾港口合作备忘录》。\n"))
                .singleElement().satisfies(a -> assertThat(a.signed()).isEqualTo("2022-03-16"));
    }

    @Test
    void aSigningSinceWhichTimeHasPassedIsNoSigningOfTheDay() {
        assertThat(agreements("自去年与甲市签订战略合作协议以来，双方合作不断深化。")).isEmpty();
    }

    @Test
    void anEnglishSecretaryForSomethingIsOneSignatory() {
        assertThat(agreements("The Qingfu Bay Memorandum was signed by the Secretary for Transport and the Director "
                + "of the Qingfu Bay Rail Office today.")).singleElement()
                .satisfies(a -> assertThat(a.partyNames()).contains("the Secretary for Transport"));
    }

    @Test
    void asManyMattersAsTheCountAreOneAgreementEach() {
        assertThat(agreements("3月17日，甲乙双方就港口合作、航运合作、旅游合作签署了3份合作协议。"))
                .extracting(Agreement::title).containsExactly("港口合作", "航运合作", "旅游合作");
        assertThat(agreements("3月17日，甲乙双方就港口、航运合作签署了3份合作协议。")).hasSize(1);
    }

    @Test
    void theOtherSideMayStandBetweenTheVerbAndTheAgreement() {
        assertThat(agreements("Separately, the Works Department has signed with the Qingfu Rail Company the entrustment "
                + "agreement for the depot on March 16.")).singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("entrustment agreement for the depot");
                    assertThat(a.partyNames()).containsExactly("the Works Department", "the Qingfu Rail Company");
                    assertThat(a.signed()).isEqualTo("2022-03-16");
                });
    }

    @Test
    void aGenericTitleSignedWithOtherPartiesIsAnotherAgreement() {
        assertThat(agreements("3月1日，甲市政府与乙市政府签署《甲乙两市战略协作框架协议》。\n\n"
                + "3月10日，甲市与丙市、丁市签订战略合作框架协议。"))
                .extracting(Agreement::signed).containsExactly("2022-03-01", "2022-03-10");
        assertThat(agreements("3月1日，交通局与乙市政府签署《丙项目合作备忘录》。\n\n3月1日，甲市与乙市签订了合作协议。"))
                .as("one side worded otherwise tells the same signing").singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("丙项目合作备忘录"));
    }

    @Test
    void signedMinutesAreAnAgreement() {
        assertThat(agreements("3月17日，甲省政府和某部签署了关于推进甲省铁路建设的会议纪要。")).singleElement()
                .satisfies(a -> assertThat(a.title()).endsWith("会议纪要"));
    }

    @Test
    void aSigningQualifyingAMatterToSettleIsNone() {
        assertThat(agreements("3月3日的专题会议进一步明确了签订投资协议的关键问题。")).isEmpty();
    }

    @Test
    void anEnglishSigningAfterTheMeetingAndOneMoreAlsoEnteredIntoTakeTheMeetingsDay() {
        assertThat(Analyzers.DEFAULT.analyzeText("The Zhuhai/Macao joint conference was held on 11 Mar 2022.\n\n"
                + "Progress was reviewed in several fields. Ports and customs were discussed at length.\n\n"
                + "The two sides signed a cooperation agreement on port logistics after the meeting.\n"
                + "The two sides have also entered into the \"Co-operation Agreement on Joint Ferry Services\".", null)
                .agreements()).extracting(Agreement::signed).containsExactly("2022-03-11", "2022-03-11");
    }

    @Test
    void aSigningToldAsOneMoreTakesNoDateWithoutOneBeforeIt() {
        assertThat(agreements("The two sides have also entered into the \"Co-operation Agreement on Joint Ferry Services\"."))
                .extracting(Agreement::signed).containsOnlyNulls();
    }

    @Test
    void aGenericTitleSignedAtAnotherTimeIsAnotherSigning() {
        assertThat(Analyzers.DEFAULT.analyzeText("粤澳合作联席会议17日在珠海举行。双方签署了《粤澳海上搜救合作安排》。\n"
                + "双方表示,粤澳两地于今年1月签订框架协议,目前正积极落实。", LocalDate.of(2022, 3, 18)).agreements())
                .extracting(Agreement::signed).contains("2022-03-17", "2022-01");
    }

    @Test
    void aGenericAgreementToldAsOneMoreOfTheMeetingIsAnotherSigning() {
        assertThat(agreements("粤澳合作联席会议17日在珠海举行，会后双方签署5份合作协议。\n"
                + "两地亦签订协议，成立共同监测海洋垃圾通报机制。"))
                .extracting(Agreement::title, Agreement::signed)
                .containsExactlyInAnyOrder(tuple("合作协议", "2022-03-17"), tuple("协议", "2022-03-17"));
        assertThat(agreements("3月17日，甲市政府与乙市政府签订《框架协议》，还有助加强两地货运合作。"))
                .extracting(Agreement::signed).containsExactly("2022-03-17");
    }
}
