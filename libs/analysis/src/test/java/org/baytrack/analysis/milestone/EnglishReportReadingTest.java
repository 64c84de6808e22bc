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
 * English as wire copy and government releases write it, told in our own words of made-up works, so that no date
 * here states a fact about a real project.
 */
class EnglishReportReadingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 15);
    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(Gazetteer.loadDefault()
            .withEntity(Entity.project("qingfu-bay-test-railway", "青蚨湾测试铁路", "Qingfu Bay Test Railway", List.of()))
            .withEntity(Entity.project("bailu-test-bridge", "白鹭测试大桥", "Bailu Test Bridge", List.of())));

    @Test
    void biddingNowOpenIsNoOpeningOfTheWork() {
        assertThat(read("Tenders for the design study of the Qingfu Bay Test Railway are now open to consultants."))
                .extracting(Analyzers::kind).doesNotContain("opened");
    }

    @Test
    void aNamedPartOfAWorkIsTheSubjectNotTheWhole() {
        assertThat(read("The Bailu Test Bridge of the Qingfu Bay Test Railway is expected to open in October."))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("bailu-test-bridge", "forecast_opening", "2022-10"));
    }

    private static List<Milestone> read(String text) {
        return ANALYZER.analyzeText(text + "\n", PUBLISHED).milestones();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The shield tunnelling machine, jointly developed by two state firms, was successfully launched at the site of the Qingfu Bay - Test Railway on June 2.|structural|2022-06-02",
            "Qingfu Bay Test Railway, western extension of Hainan's Bailu Test Bridge, to open to traffic on June 30|forecast_opening|2022-06-30",
            "On June 2, the Qingfu Bay Test Railway achieved complete connection.|structural|2022-06-02",
            "The Qingfu Bay Test Railway can be completed by year's-end, the bureau said.|forecast_opening|2022-12",
            "The Qingfu Bay Test Railway has passed its last checks, reaching readiness for commissioning by the end of the year.|forecast_opening|2022-12",
            "Main works on the Qingfu Bay Test Railway commenced in March 2021.|construction_started|2021-03",
            "The Qingfu Bay Test Railway is expected to open in the third quarter this year.|forecast_opening|2022-07",
            "The Qingfu Bay Test Railway is late. Analysts estimated in their report that the railway would open by 2024.|forecast_opening|2024",
            "The Qingfu Bay Test Railway is late. Work is expected to be completed by 2024.|forecast_opening|2024",
            "Designers finished the Qingfu Bay Test Railway plans. The rail is expected to begin operations in 2033.|forecast_opening|2033",
            "Work on the Qingfu Bay Test Railway, a line that will link two towns, was officially initiated on Thursday.|construction_started|2022-06-09",
            // a structure of the work completed is a structural milestone, not the whole work done
            "The undersea tunnel of the Qingfu Bay Test Railway, a big work, has completed its last joint on June 2.|structural|2022-06-02",
            "Asphalt pavement on the Qingfu Bay Test Railway, which links two towns, was completed on Tuesday.|structural|2022-06-14",
            "The major works of the Qingfu Bay Test Railway were completed on Sunday as scheduled.|structural|2022-06-12",
            // a day of the month told as an ordinal is no count of pieces, and a list of places breaks no clause
            "At 0:30 am on June 9th, Lotus City, Bailu City, Guangdong Province, the first steel box of the Qingfu Bay Test Railway's tower was lowered.|structural|2022-06-09",
            // an opening set for the report's own day is that day's news
            "The Qingfu Bay Test Railway will be put into operation today, cutting the trip to an hour.|opened|2022-06-15",
            "The Qingfu Bay Test Railway will be put into operation tomorrow.|forecast_opening|2022-06-16"})
    void readsTheClaimAsTheReportWordsIt(String text, String kind, String date) {
        assertThat(read(text)).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("qingfu-bay-test-railway", kind, date));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Qingfu Bay Test Railway won’t be completed by the end of 2022, the bureau said.",
            "The Qingfu Bay Test Railway, a 20-km line, opened in 2016 and links two coastal towns.",
            "The Qingfu Bay Test Railway cannot be completed by the end of 2022, the bureau said.",
            "The Qingfu Bay Test Railway's exact opening date is subject to the ministry's decision.",
            "Upon its full commissioning, the Qingfu Bay Test Railway will offer a shorter route to the port.",
            "After the commissioning of the Qingfu Bay Test Railway, the two towns will be an hour apart.",
            "In addition, preliminary design of the Qingfu Bay Test Railway is expected to be completed in July.",
            // what happened since a work opened, what its opening has cut and what comes ahead of it
            "Traffic on the Qingfu Bay Test Railway hit a record on Tuesday, the busiest day since the line opened in 2019.",
            "Since the opening of the Qingfu Bay Test Railway on June 30, 2021, half a year has gone by.",
            "The opening of the Qingfu Bay Test Railway has cut the trip between the towns to 30 minutes.",
            "The towns signed a deal on Thursday ahead of the opening of the Qingfu Bay Test Railway."})
    void whatTheWorkWillNotDoOrDependsOnOrBringsIsNoClaim(String text) {
        assertThat(read(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Qingfu Bay Test Railway is targeted to commence construction in 2023 for completion in 2027.|2027",
            "On June 2, the Qingfu Bay Test Railway achieved complete connection, setting the stage for a potential opening in 2024.|2024",
            "The main tunnel was completed, the most significant progress before the Qingfu Bay Test Railway is scheduled to open to traffic in 2024.|2024"})
    void aTargetAStageSetAndWhatComesBeforeAnOpeningForecastIt(String text, String date) {
        assertThat(read(text)).extracting(Analyzers::kind, Milestone::date).contains(tuple("forecast_opening", date));
    }

    @Test
    void aWorkInItsDesignStageStillForecastsItsCompletion() {
        assertThat(read("The Qingfu Bay Test Railway is in the detailed design stage and the construction works are "
                + "expected to commence next year with an expected completion in 2027.")).extracting(Analyzers::kind, Milestone::date)
                .contains(tuple("forecast_opening", "2027"));
    }

    @Test
    void whatACompletionEnsuresIsNoOpening() {
        assertThat(read("The Qingfu Bay Test Railway is set to complete in 2023, ensuring all three lines are operational."))
                .extracting(Analyzers::kind, Milestone::date)
                .containsExactly(tuple("forecast_opening", "2023"));
    }

    @Test
    void aStructureStillToFinishIsNoForecastOfTheWork() {
        assertThat(read("The Qingfu Bay Test Railway began its last tube installation on June 2, with the overall "
                + "tunnel construction expected to finish in four days.")).isEmpty();
    }

    @Test
    void aHeadlineBelowAPageStampIsTheBodysClaim() {
        String page = "Mon. Dec 23rd, 2022\n\nAsphalt pavement completed on Qingfu Bay Test Railway\n\nBy a reporter\n\n"
                + "Oct 30, 2022\n\nAsphalt pavement on the Qingfu Bay Test Railway was completed on October 29.\n";
        assertThat(ANALYZER.analyzeText(page, LocalDate.of(2022, 10, 30)).milestones())
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("structural", "2022-10-29"));
    }

    @Test
    void aRoadOpenedToAPortIsNoOpeningOfThePortButWhatTheRelativeClauseTellsOfItIs() {
        assertThat(ANALYZER.analyzeText("The new Lotus Hill Road opened on June 2 linking the town directly with the "
                + "Qingfu Bay Test Railway that is under construction and is scheduled to open in September 2023.\n", PUBLISHED)
                .milestones()).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("qingfu-bay-test-railway", "forecast_opening", "2023-09"));
    }

    @Test
    void aRunwayLaunchedIsOpened() {
        assertThat(Analyzers.DEFAULT.analyzeText("The third runway at Hong Kong International Airport was officially launched on "
                + "June 2.\n", PUBLISHED).milestones()).extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("hong-kong-airport-3rs", "opened", "2022-06-02"));
    }

    @Test
    void theOnlyWorkAReportNamesIsWhatItsDescriptionsMeanHoweverFarOn() {
        String report = "Qingfu Bay Test Railway will miss its deadline\n\nThe city budgeted a large sum for it.\n\n"
                + "Officials gave no reason.\n\nEngineers spoke of many challenges.\n\nLand was slow to come.\n\n"
                + "The statement said the railway's completion would be pushed back until the end of 2023.\n";
        assertThat(ANALYZER.analyzeText(report, PUBLISHED).milestones())
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("qingfu-bay-test-railway", "forecast_opening", "2023-12"));
    }

    @Test
    void aDescriptionFarOnMeansNoneWhenTheReportHasNamedTwoWorks() {
        String report = "Qingfu Bay Test Railway and Bailu Test Bridge will miss their deadlines\n\n"
                + "The city budgeted a large sum.\n\nOfficials gave no reason.\n\nEngineers spoke of many challenges.\n\n"
                + "Land was slow to come.\n\nThe statement said the railway's completion would be pushed back until the end of 2023.\n";
        assertThat(ANALYZER.analyzeText(report, PUBLISHED).milestones()).isEmpty();
    }

    @Test
    void theWorksOfADescriptionOpeningASentenceAreTheWorksOfTheLastNamed() {
        assertThat(read("The Qingfu Bay Test Railway opened on Monday. During the first weeks the line charges no fare.\n"
                + "Construction of the system began in June 2019, with a budget of 13 billion yuan."))
                .extracting(Analyzers::kind, Milestone::date)
                .contains(tuple("construction_started", "2019-06"));
    }

    @Test
    void aWorkNowInServiceIsTodaysNewsBesideAPartThatOpenedYearsAgo() {
        assertThat(read("The Qingfu Bay Test Railway has been formally commissioned, capping a decade of work.\n\n"
                + "\u201cThe line has been completed and is now in operation, carrying passengers to more places.\u201d\n\n"
                + "Work on the line started in August 2012, with its first section commissioned in 2019."))
                .filteredOn(m -> "opened".equals(Analyzers.kind(m))).extracting(Milestone::date)
                .containsExactlyInAnyOrder("2019", null);
    }

    @Test
    void aWorkOpenedSimultaneouslyOpenedOnTheDayOfTheEventTold() {
        assertThat(read("On June 9, the Bailu Test Bridge was fully opened for operation.\n"
                + "The opening also complements the simultaneously opened Qingfu Bay Test Railway."))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .contains(tuple("qingfu-bay-test-railway", "opened", "2022-06-09"));
    }

    @Test
    void theOpeningOfANamedWorkIsThatWorksOpeningDatedPastAnUndatedAside() {
        assertThat(read("The Bailu Test Bridge opened in May. It followed the opening of the Qingfu Bay Test Railway, "
                + "which also crosses the bay, in October last year."))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactlyInAnyOrder(tuple("bailu-test-bridge", "opened", "2022-05"),
                        tuple("qingfu-bay-test-railway", "opened", "2021-10"));
    }

    @Test
    void aWorkThatStartedOpeningToTrafficOpened() {
        assertThat(read("The Bailu Test Bridge started opening to cargo trucks at 4 p.m. local time Wednesday."))
                .extracting(Analyzers::kind, Milestone::date).containsExactly(tuple("opened", "2022-06-15"));
    }

    @Test
    void theCommissioningOfAWorksNewPartIsTheWorksOpening() {
        assertThat(read("It followed the commissioning of its new Bailu Test Bridge in May."))
                .extracting(Milestone::project, Analyzers::kind, Milestone::date)
                .containsExactly(tuple("bailu-test-bridge", "opened", "2022-05"));
    }
}
