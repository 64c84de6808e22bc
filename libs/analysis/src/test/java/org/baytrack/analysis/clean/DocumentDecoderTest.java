package org.baytrack.analysis.clean;

import org.baytrack.analysis.script.ScriptConverter;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentDecoderTest {
    private static final String SIMPLIFIED = "12月24日，黄茅海跨海通道首片节段梁成功架设，项目预计2024年建成通车。";
    private static final String TRADITIONAL = "12月24日，黃茅海跨海通道首片節段梁成功架設，項目預計2024年建成通車。";
    private final DocumentDecoder decoder = new DocumentDecoder(ScriptConverter.get());

    @Test
    void readsUtf8WithoutDeclaration() {
        assertThat(decoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void detectsGb18030WhenUndeclared() {
        DocumentDecoder.Decoded d = decoder.decode(SIMPLIFIED.getBytes(Charset.forName("GBK")), null);
        assertThat(d.text()).isEqualTo(SIMPLIFIED);
        assertThat(d.charset().name()).isEqualTo("GB18030");
    }

    @Test
    void detectsBig5WhenUndeclared() {
        DocumentDecoder.Decoded d = decoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")), null);
        assertThat(d.text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void declaredCharsetWins() {
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        assertThat(decoder.decode(big5, "text/plain; charset=Big5").text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void readsCharsetFromHtmlMeta() {
        String html = "<html><head><meta charset=\"gbk\"><title>t</title></head><body><p>" + SIMPLIFIED + "</p></body></html>";
        assertThat(decoder.decode(html.getBytes(Charset.forName("GBK")), "text/html").text()).contains(SIMPLIFIED);
    }

    @Test
    void rejectsBinaryWithAnActionableMessage() {
        byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0};
        assertThatThrownBy(() -> decoder.decode(binary, null))
                .isInstanceOf(UndecodableDocumentException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void rejectsBytesValidInNoSupportedEncoding() {
        byte[] garbage = new byte[64];
        for (int i = 0; i < garbage.length; i += 2) {
            garbage[i] = (byte) 0x81;
            garbage[i + 1] = 0x20;
        }
        assertThatThrownBy(() -> decoder.decode(garbage, null))
                .isInstanceOf(UndecodableDocumentException.class)
                .hasMessageContaining("charset");
    }
}
