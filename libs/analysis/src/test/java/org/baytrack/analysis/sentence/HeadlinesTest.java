package org.baytrack.analysis.sentence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlinesTest {
    @ParameterizedTest
    @ValueSource(strings = {"青蚨湾测试铁路今日通车", "「青蚨湾测试铁路」获批", "年底通车！", "Qingfu Bay Test Railway opens"})
    void aLineEndingUnpunctuatedOrAShortExclamationIsAHeadline(String line) {
        assertThat(Headlines.unpunctuated(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"他说：“青蚨湾测试铁路已经通车。”", "“The line is now in operation, carrying passengers.”",
            "青蚨湾测试铁路今日通车。"})
    void aQuotationClosedAfterItsFullStopEndsAsBodyText(String line) {
        assertThat(Headlines.unpunctuated(line)).isFalse();
    }
}
