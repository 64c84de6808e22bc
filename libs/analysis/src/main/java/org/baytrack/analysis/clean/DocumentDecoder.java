package org.baytrack.analysis.clean;

import org.baytrack.analysis.data.DataFiles;
import org.baytrack.analysis.script.ScriptConverter;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: a declared charset (Content-Type or HTML meta) wins, then a BOM, then
 * strict UTF-8, then whichever of GB18030 and Big5 yields more common Chinese characters.
 */
public final class DocumentDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final BitSet common = new BitSet(0x10000);

    public DocumentDecoder(ScriptConverter converter) {
        String chars = DataFiles.read("common-hanzi.yaml", CommonHanzi.class).characters();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            common.set(c);
            common.set(converter.traditionalise(c));
        }
    }

    record CommonHanzi(int version, String characters) {
    }

    /** The text and the charset it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    public Decoded decode(byte[] raw, String contentType) {
        if (raw.length == 0) {
            return new Decoded("", StandardCharsets.UTF_8);
        }
        Charset declared = declared(contentType);
        if (declared == null) {
            declared = bom(raw);
        }
        if (declared == null && isHtml(raw, contentType)) {
            declared = declared(new String(raw, 0, Math.min(raw.length, 4096), StandardCharsets.ISO_8859_1));
        }
        if (declared != null) {
            return new Decoded(stripBom(new String(raw, declared)), declared);
        }
        if (nulRatio(raw) > 0.01) {
            throw new UndecodableDocumentException("The document looks binary (it contains NUL bytes), not text; "
                    + "send a text or HTML document, or declare its charset if it is UTF-16.");
        }
        String utf8 = strict(raw, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        String gb = strict(raw, GB18030);
        String big5 = strict(raw, BIG5);
        if (gb != null && (big5 == null || commonShare(gb) >= commonShare(big5))) {
            return new Decoded(gb, GB18030);
        }
        if (big5 != null) {
            return new Decoded(big5, BIG5);
        }
        throw new UndecodableDocumentException("Cannot decode the document: it is not valid UTF-8, GB18030/GBK or Big5. "
                + "Declare its charset (for example Content-Type: text/plain; charset=big5) or convert it to UTF-8.");
    }

    public static boolean isHtml(byte[] raw, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String head = new String(raw, 0, Math.min(raw.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
                || head.contains("<body") || head.contains("<meta");
    }

    private static Charset declared(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("gb") || name.equals("cp936") || name.equals("x-gbk")) {
            return GB18030;
        }
        if (name.startsWith("big5")) {
            return BIG5;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\ufeff' ? s.substring(1) : s;
    }

    private static String strict(byte[] raw, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            return stripBom(chars.toString());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private double commonShare(String text) {
        int han = 0;
        int known = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && c <= 0xFFEF && !Character.isWhitespace(c)) {
                han++;
                if (common.get(c)) {
                    known++;
                }
            }
        }
        return han == 0 ? 0 : (double) known / han;
    }

    private static double nulRatio(byte[] raw) {
        int nul = 0;
        int n = Math.min(raw.length, 8192);
        for (int i = 0; i < n; i++) {
            if (raw[i] == 0) {
                nul++;
            }
        }
        return (double) nul / n;
    }
}
