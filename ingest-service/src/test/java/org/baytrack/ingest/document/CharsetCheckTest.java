package org.baytrack.ingest.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetCheckTest {
    static final String SIMPLIFIED = "海底隧道的最后一节沉管昨天顺利对接，工程师们说通车的日子已经不远了。";
    static final String TRADITIONAL = "海底隧道的最後一節沉管昨天順利對接，工程師們說通車的日子已經不遠了。";

    @ParameterizedTest(name = "{0} read as {0}")
    @CsvSource({"UTF-8, s", "GB18030, s", "Big5, t", "UTF-8, t", "GB18030, t"})
    void textReadWithItsOwnCharsetIsClean(String charset, String script) {
        String text = script.equals("s") ? SIMPLIFIED : TRADITIONAL;
        byte[] raw = text.getBytes(Charset.forName(charset));
        assertThat(CharsetCheck.problem(raw, Charset.forName(charset), text)).isNull();
    }

    @Test
    void big5BytesReadAsGb18030AreMostlyUnlikelyCharacters() {
        byte[] raw = TRADITIONAL.getBytes(Charset.forName("Big5"));
        String misread = new String(raw, Charset.forName("GB18030"));
        assertThat(CharsetCheck.likelyShare(misread)).isLessThan(CharsetCheck.MIN_LIKELY_SHARE);
        assertThat(CharsetCheck.problem(raw, Charset.forName("GB18030"), misread)).contains("common ones");
    }

    @Test
    void utf8BytesReadAsLatin1AreRefused() {
        byte[] raw = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetCheck.problem(raw, StandardCharsets.ISO_8859_1, new String(raw, StandardCharsets.ISO_8859_1)))
                .contains("the bytes are UTF-8");
    }

    @Test
    void plainLatin1AndEnglishAreClean() {
        String text = "The café on the bridge opens in June, señor.";
        byte[] raw = text.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CharsetCheck.problem(raw, StandardCharsets.ISO_8859_1, text)).isNull();
    }

    @Test
    void invalidBytesAndReplacementCharactersAreRefused() {
        byte[] gb = SIMPLIFIED.getBytes(Charset.forName("GB18030"));
        assertThat(CharsetCheck.problem(gb, StandardCharsets.UTF_8, new String(gb, StandardCharsets.UTF_8)))
                .contains("not valid UTF-8");
        String replaced = SIMPLIFIED + "\uFFFD";
        assertThat(CharsetCheck.problem(replaced.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, replaced))
                .contains("1 replacement character");
    }

    @Test
    void shortTextsAreNotJudged() {
        assertThat(CharsetCheck.likelyShare("さぱЧΘ")).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({"Big5, t, Big5-HKSCS", "GB18030, s, GB18030", "UTF-8, t, UTF-8", "UTF-8, s, UTF-8"})
    void detectionPicksTheCharsetWithTheMostLikelyText(String charset, String script, String expected) {
        byte[] raw = (script.equals("s") ? SIMPLIFIED : TRADITIONAL).getBytes(Charset.forName(charset));
        assertThat(CharsetCheck.detect(raw).name()).isEqualTo(expected);
    }
}
