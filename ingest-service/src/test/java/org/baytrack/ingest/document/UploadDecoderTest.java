package org.baytrack.ingest.document;

import org.baytrack.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadDecoderTest {
    private static String seed(String name) throws Exception {
        return Files.readString(Path.of(System.getProperty("baytrack.seeds", "../../shared/seeds"), name));
    }

    @Test
    void traditionalSeedInBig5IsReadAsBig5() throws Exception {
        String text = seed("000_d4eb6ef48fb1f2de.txt").lines().skip(2).limit(10).reduce("", String::concat);
        Charset big5 = Charset.forName("Big5");
        String encodable = text.chars().filter(c -> big5.newEncoder().canEncode((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        var decoded = UploadDecoder.decode(encodable.getBytes(big5), "text/plain", null);
        assertThat(decoded.charset()).startsWith("Big5");
        assertThat(decoded.text()).isEqualTo(encodable);
    }

    @Test
    void simplifiedSeedInGb18030IsReadAsGb18030() throws Exception {
        String text = seed("002_fb6c8c52ba9a33c2.txt");
        var decoded = UploadDecoder.decode(text.getBytes(Charset.forName("GB18030")), "text/plain", null);
        assertThat(decoded.charset()).isEqualTo("GB18030");
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void utf8WinsWhenTheBytesAreUtf8AndTheBomIsDropped() {
        byte[] withBom = ("\uFEFF深中通道").getBytes(StandardCharsets.UTF_8);
        var decoded = UploadDecoder.decode(withBom, "text/plain", null);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.text()).isEqualTo("深中通道");
    }

    @Test
    void aDeclaredCharsetThatDoesNotFitIsRefusedWithAHint() {
        assertThatThrownBy(() -> UploadDecoder.decode(new byte[]{(byte) 0xC0, (byte) 0x41}, "text/plain", "UTF-8"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> UploadDecoder.decode("x".getBytes(StandardCharsets.UTF_8), "text/plain", "klingon"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("Unknown charset");
    }

    @Test
    void contentTypeHeadersAreSplitIntoMediaTypeAndCharset() {
        assertThat(UploadDecoder.mediaTypeOf("Text/HTML; charset=\"Big5\"")).isEqualTo("text/html");
        assertThat(UploadDecoder.charsetOf("text/html; charset=Big5")).isEqualTo("Big5");
        assertThat(UploadDecoder.charsetOf("text/plain")).isNull();
    }
}
