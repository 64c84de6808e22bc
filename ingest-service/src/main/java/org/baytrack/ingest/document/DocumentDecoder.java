package org.baytrack.ingest.document;

import org.baytrack.commons.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a document's bytes as text. A declared charset is trusted; otherwise UTF-8, GB18030 and Big5 are tried
 * strictly, and where more than one decodes, the reading with more common characters wins (GB18030 decodes almost
 * any byte sequence, so succeeding alone proves little).
 */
public final class DocumentDecoder {
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final List<Charset> CANDIDATES = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            Charset.forName("Big5"));

    private DocumentDecoder() {
    }

    public static DecodedDocument decode(byte[] raw, String mediaType, String declaredCharset) {
        if (raw.length == 0) {
            throw ProblemException.badRequest("The document is empty. Send the document's text or HTML as the body.");
        }
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset charset = charset(declaredCharset);
            String text = strict(raw, charset).orElseThrow(() -> ProblemException.badRequest(
                    "The body is not valid " + charset.name() + " as declared in Content-Type. Declare the right "
                            + "charset (UTF-8, GB18030 or Big5) or leave it out to have it detected."));
            return new DecodedDocument(mediaType, charset.name(), stripBom(text));
        }
        DecodedDocument best = null;
        double bestScore = -1;
        for (Charset candidate : CANDIDATES) {
            Optional<String> text = strict(raw, candidate);
            if (text.isEmpty()) {
                continue;
            }
            if (candidate.equals(StandardCharsets.UTF_8)) {
                return new DecodedDocument(mediaType, candidate.name(), stripBom(text.get()));
            }
            double score = commonness(text.get(), candidate);
            if (score > bestScore) {
                bestScore = score;
                best = new DecodedDocument(mediaType, candidate.name(), text.get());
            }
        }
        if (best == null) {
            throw ProblemException.badRequest("The body could not be decoded as UTF-8, GB18030 or Big5. "
                    + "Send text in one of these encodings and declare it, e.g. Content-Type: text/plain; charset=GB18030.");
        }
        return best;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.badRequest("Unknown charset '" + name + "'. Use UTF-8, GB18030, GBK or Big5.");
        }
    }

    private static Optional<String> strict(byte[] raw, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Share of non-ASCII characters that are Chinese punctuation or fall in the charset's common tier: GB2312 for GB18030, Big5 level 1 (lead
     * bytes A4-C6) for Big5. Bytes of the other encoding decode into the rare tiers about half the time.
     */
    static double commonness(String text, Charset charset) {
        boolean big5 = charset.name().equals("Big5");
        CharsetEncoder encoder = (big5 ? charset : GB2312).newEncoder();
        int common = 0;
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || Character.isWhitespace(c)) {
                continue;
            }
            total++;
            if (c < 0x4E00 || c > 0x9FFF) {
                common += isChinesePunctuation(c) ? 1 : 0;
            } else if (big5) {
                try {
                    int lead = encoder.encode(CharBuffer.wrap(new char[]{c})).get() & 0xFF;
                    common += lead >= 0xA4 && lead <= 0xC6 ? 1 : 0;
                } catch (CharacterCodingException e) {
                    // not in Big5 at all: counts as rare
                }
            } else if (encoder.canEncode(c)) {
                common++;
            }
        }
        return total == 0 ? 0 : (double) common / total;
    }

    private static boolean isChinesePunctuation(char c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027) || c == 0xB7;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The bare media type of a Content-Type header, lower-cased, without parameters. */
    public static String mediaTypeOf(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type header, or null. */
    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length());
            }
        }
        return null;
    }
}
