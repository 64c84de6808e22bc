package org.baytrack.analysis.sentence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    @Test
    void aClockTimeGoesOnIntoItsDayButEndsASentenceOtherwise() {
        assertThat(SentenceSplitter.split("The link opened at 3 p.m. Sunday. Traffic was heavy."))
                .extracting(Sentence::text).containsExactly("The link opened at 3 p.m. Sunday.", "Traffic was heavy.");
        assertThat(SentenceSplitter.split("The ceremony began at 10 a.m. The bridge opened later."))
                .extracting(Sentence::text).containsExactly("The ceremony began at 10 a.m.", "The bridge opened later.");
    }

    @Test
    void chineseEndsAndAbbreviations() {
        assertThat(SentenceSplitter.split("深中通道通车。Mr. Li said so.")).extracting(Sentence::text)
                .containsExactly("深中通道通车。", "Mr. Li said so.");
    }
}
