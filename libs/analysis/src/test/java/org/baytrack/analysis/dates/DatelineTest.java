package org.baytrack.analysis.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {
    private final Dateline.Reader reader = new Dateline.Reader();

    @ParameterizedTest(name = "{0} on a page of {1} was filed on {3}")
    @CsvSource({
            "新华社珠海5月8日电 一座新桥今天通车。, 2023-05-09, false, 2023-05-08",
            "本报记者江门三日电 新线今日开通。, 2023-06-04, false, 2023-06-03",
            // a repost stamped months later: the dateline's day of the same year
            "中新社 佛山4月20日电 （记者 某某）工程贯通。, 2023-11-02, false, 2023-04-20",
            // filed in December, printed in January
            "人民网广州12月30日电 大桥合龙。, 2024-01-02, false, 2023-12-30",
            "2022年7月1日讯 一条隧道贯通。, 2022-07-05, false, 2022-07-01",
            "'ZHUHAI, May 8 (Xinhua) -- A new bridge opened on Monday.', 2023-05-10, true, 2023-05-08",
            "'Headline here\nHONG KONG, Dec. 3 (Reuters) - Officials said', 2023-12-04, true, 2023-12-03",
            "'Runway plan approved\n(HONG KONG, 29 April 2016) – The authority welcomed the approval', , true, 2016-04-29"
    })
    void datelineDayIsPlacedAgainstThePageDate(String text, LocalDate published, boolean english, LocalDate filed) {
        Dateline d = reader.find(text, english, published);
        assertThat(d).isNotNull();
        assertThat(d.date()).isEqualTo(filed);
        assertThat(text.substring(d.start(), d.end())).doesNotContain("通车", "opened");
    }

    @Test
    void aDatelineWithoutAnyYearCannotBePlaced() {
        Dateline d = reader.find("新华社广州3月2日电 工程开工。", false, null);
        assertThat(d).isNotNull();
        assertThat(d.date()).isNull();
    }

    @Test
    void ordinaryDatesAreNoDateline() {
        assertThat(reader.find("12月11日，新桥正式通车，市民驾车体验。", false, LocalDate.of(2023, 12, 12))).isNull();
        assertThat(reader.find("The bridge opened on Dec. 11, officials said.", true, LocalDate.of(2023, 12, 12))).isNull();
    }

    @Test
    void recentDaysMeanTheReferenceMonth() {
        DateFinder finder = new DateFinder();
        String text = "该项目近日获批。";
        TimeExpression e = finder.find(text, 0, text.length(), false).get(0);
        assertThat(e.resolve(LocalDate.of(2022, 3, 9), null, false)).hasToString("2022-03");
    }

    @Test
    void theNextDayCountsFromTheDayToldBeforeIt() {
        var a = org.baytrack.analysis.Analyzers.DEFAULT.analyzeText("高铁香港段将于本周六举行开通仪式,翌日通车。",
                LocalDate.of(2018, 9, 19));
        assertThat(a.milestones()).extracting(m -> m.kind() + " " + m.date())
                .containsExactly("forecast_opening 2018-09-22", "forecast_opening 2018-09-23");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "自周三(11日)下午3时起,黄茅海跨海通道正式通车。",
            "'The Huangmaohai Passage opened to traffic on Wednesday, Dec. 11.'",
            "'The Huangmaohai Passage opened to traffic on Dec. 11 (Wednesday).'"})
    void anExplicitDayBesideAWeekdayWins(String text) {
        var a = org.baytrack.analysis.Analyzers.DEFAULT.analyzeText(text, LocalDate.of(2024, 12, 20));
        assertThat(a.milestones()).extracting(m -> m.kind() + " " + m.date()).containsExactly("opened 2024-12-11");
    }
}
