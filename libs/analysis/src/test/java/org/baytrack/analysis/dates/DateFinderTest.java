package org.baytrack.analysis.dates;

import org.baytrack.events.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 12, 29);
    private final DateFinder finder = new DateFinder();

    private PartialDate only(String text, boolean english, boolean future) {
        List<TimeExpression> found = finder.find(text, 0, text.length(), english);
        assertThat(found).as("time expressions in %s", text).hasSize(1);
        return found.get(0).resolve(PUBLISHED, null, future);
    }

    @ParameterizedTest
    @CsvSource({
            "12月24日首片梁架设, 2021-12-24, day",
            "今年10月举行论坛, 2021-10, month",
            "两个月前签署协议, 2021-10, month",
            "预计今年国庆前通车, 2021-09, month",
            "今年国庆期间通车, 2021-10, month",
            "大桥3年前开通, 2018, year",
            "三天前签署协议, 2021-12-26, day",
            "预计明年年底通车, 2022-12, month",
            "预计2024年建成, 2024, year",
            "2019年签署, 2019, year",
            "上半年开工, 2021-01, half",
            "下半年开工, 2021-07, half",
            "第三季度完工, 2021-07, quarter",
            "2021年12月29日 来源, 2021-12-29, day",
            "二〇二一年十二月二十四日, 2021-12-24, day",
            "去年7月启用, 2020-07, month",
            "2023年底建成, 2023-12, month",
            "昨日开工, 2021-12-28, day",
            "当局昨宣布, 2021-12-28, day",
            "2021-12-07签订, 2021-12-07, day",
            "本月底通车, 2021-12, month",
            "上个月开工, 2021-11, month",
            "本月28日启用, 2021-12-28, day",
            "今个月28日启用, 2021-12-28, day",
            "下月3日开通, 2022-01-03, day",
            "测试会议二十四日在甲市召开, 2021-12-24, day",
            "大桥九日上午合龙, 2021-12-09, day",
            "口岸今 (28日)下午启用, 2021-12-28, day",
            "大桥预计5年后完工, 2026, year",
            "大桥预计两年后建成, 2023, year",
            "港铁今午（28日）举行启动礼, 2021-12-28, day"})
    void resolvesChineseExpressions(String text, String iso, String precision) {
        PartialDate d = only(text, false, false);
        assertThat(d.iso()).isEqualTo(iso);
        assertThat(d.precision().label()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource({"工期十日内完成", "一日游线路", "每十日巡查一次", "第三日开放"})
    void aDayInChineseNumeralsWithNothingOfAnEventAfterItIsNoDate(String text) {
        assertThat(finder.find(text, 0, text.length(), false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "work began on March 3 | 2021-03-03 | day",
            "construction began in May 2021 | 2021-05 | month",
            "is scheduled to open in 2026 | 2026 | year",
            "by the end of 2024 | 2024-12 | month",
            "opened on April 28, 2024 | 2024-04-28 | day",
            "signed on 7 December 2021 | 2021-12-07 | day",
            "will open next year | 2022 | year",
            "opened on May 3 last year | 2020-05-03 | day",
            "opened on 3 May last year | 2020-05-03 | day",
            "in the second half of 2023 | 2023-07 | half",
            "signed on Wednesday | 2021-12-29 | day",
            "hoisted into place on Sunday | 2021-12-26 | day",
            "was put into operation in July | 2021-07 | month",
            "is to open this June | 2021-06 | month",
            "will open to passengers next June | 2022-06 | month",
            "to be commissioned on 28-Nov-2024 | 2024-11-28 | day",
            "the runway was commissioned in Jul-2020 | 2020-07 | month",
            "work started in August in 2016 | 2016-08 | month",
            "the link opened in May of 2019 | 2019-05 | month",
            "was finished by the end of June | 2021-06 | month",
            "the link, which opened last June, | 2021-06 | month",
            "the bridge opened in October last year | 2020-10 | month",
            "just two months ago the sides signed an MoU | 2021-10 | month",
            "the line opened 3 years ago | 2018 | year",
            "the deal was signed two days ago | 2021-12-27 | day",
            "in hopefully a year's time the line will open | 2022 | year",
            "will open in two years' time | 2023 | year",
            "work began in March of this year | 2021-03 | month",
            "was approved by the NDRC last week | 2021-12 | month",
            "to be completed by the end of the year | 2021-12 | month",
            "can be completed by year's-end | 2021-12 | month",
            "will open in the second half of the year | 2021-07 | half"})
    void resolvesEnglishExpressions(String text, String iso, String precision) {
        PartialDate d = only(text, true, false);
        assertThat(d.iso()).isEqualTo(iso);
        assertThat(d.precision().label()).isEqualTo(precision);
    }

    @Test
    void bareMonthIsNextOccurrenceInAForecastAndLastOneInAReport() {
        String text = "3月通车";
        TimeExpression e = finder.find(text, 0, text.length(), false).get(0);
        assertThat(e.resolve(PUBLISHED, null, true).iso()).isEqualTo("2022-03");
        assertThat(e.resolve(PUBLISHED, null, false).iso()).isEqualTo("2021-03");
    }

    @Test
    void relativeExpressionsNeedAPublicationDate() {
        String text = "明年年底通车";
        TimeExpression e = finder.find(text, 0, text.length(), false).get(0);
        assertThat(e.needsAnchor()).isTrue();
        assertThat(e.resolve(null, null, true)).isNull();
    }

    @Test
    void sameYearTakesTheYearNamedBefore() {
        String text = "同年9月6日印发";
        TimeExpression e = finder.find(text, 0, text.length(), false).get(0);
        assertThat(e.resolve(null, 2019, false).iso()).isEqualTo("2019-09-06");
    }

    @Test
    void ignoresNumbersThatAreNotDates() {
        String text = "吸收外资金额22.26亿美元，业务量突破2000亿元，5年内投入3亿元，12个月";
        assertThat(finder.find(text, 0, text.length(), false)).isEmpty();
    }

    @Test
    void aHeadlineYearWithoutNianIsAYearButAFigureIsNot() {
        String text = "北环线2023动工 料2034通车，已投资2030万元";
        assertThat(finder.find(text, 0, text.length(), false)).extracting(TimeExpression::year).containsExactly(2023, 2034);
    }
}
