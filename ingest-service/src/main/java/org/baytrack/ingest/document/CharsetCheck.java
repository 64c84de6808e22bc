package org.baytrack.ingest.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;

/**
 * Tells whether text read with a charset is what the bytes say. Bytes read with the wrong Chinese charset still
 * decode, but into rare characters, kana and private-use code points; real Chinese text is mostly the frequent
 * characters of GB2312 level 1 and Big5 level 1, which is what "likely" means here.
 */
public final class CharsetCheck {
    /** Below this share of likely characters the text is mojibake; real reports score above 0.9. */
    static final double MIN_LIKELY_SHARE = 0.6;
    /** Fewer CJK-range characters than this say too little to judge. */
    static final int MIN_SAMPLE = 10;
    static final int MAX_SAMPLE = 50_000;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    private static final List<Charset> CANDIDATES = List.of(StandardCharsets.UTF_8, GB18030, BIG5);
    private static final BitSet LIKELY = likely();

    private CharsetCheck() {
    }

    /** Why the text is not a clean reading of the bytes in that charset, or null when it is. */
    public static String problem(byte[] raw, Charset charset, String text) {
        if (strict(raw, charset) == null) {
            return "the bytes are not valid " + charset.name();
        }
        long replacements = text.chars().filter(c -> c == 0xFFFD).count();
        if (replacements > 0) {
            return "the text holds " + replacements + " replacement character" + (replacements == 1 ? "" : "s")
                    + " (U+FFFD)";
        }
        if (isSingleByte(charset) && hasMultiByteUtf8(raw)) {
            return "the bytes are UTF-8, which " + charset.name() + " reads as accented Latin letters";
        }
        double share = likelyShare(text);
        if (share >= 0 && share < MIN_LIKELY_SHARE) {
            return "only " + Math.round(share * 100) + "% of its Chinese characters are common ones, "
                    + "so the text is most likely mojibake";
        }
        return null;
    }

    /** The candidate charset whose strict reading has the most likely characters, or null when none reads the bytes. */
    public static Charset detect(byte[] raw) {
        Charset best = null;
        double bestShare = -2;
        for (Charset candidate : CANDIDATES) {
            String text = strict(raw, candidate);
            if (text == null) {
                continue;
            }
            if (candidate == StandardCharsets.UTF_8 && !hasMultiByteUtf8(raw)) {
                return candidate;
            }
            double share = likelyShare(text);
            if (share > bestShare) {
                best = candidate;
                bestShare = share;
            }
        }
        return best;
    }

    /** The share of likely characters among CJK-range ones (punctuation aside), or -1 when there are too few. */
    static double likelyShare(String text) {
        int seen = 0;
        int likely = 0;
        for (int i = 0; i < text.length() && seen < MAX_SAMPLE; i++) {
            char c = text.charAt(i);
            if (c < 0x2E80 || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || Character.isSurrogate(c)) {
                continue;
            }
            seen++;
            if (LIKELY.get(c)) {
                likely++;
            }
        }
        return seen < MIN_SAMPLE ? -1 : (double) likely / seen;
    }

    private static BitSet likely() {
        BitSet set = new BitSet(0x10000);
        addRows(set, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE, 0xA1, 0xFE);
        addRows(set, Charset.forName("Big5"), 0xA4, 0xC6, 0x40, 0x7E, 0xA1, 0xFE);
        return set;
    }

    private static void addRows(BitSet set, Charset charset, int leadFrom, int leadTo, int... trailRanges) {
        for (int lead = leadFrom; lead <= leadTo; lead++) {
            for (int r = 0; r < trailRanges.length; r += 2) {
                for (int trail = trailRanges[r]; trail <= trailRanges[r + 1]; trail++) {
                    String s = strict(new byte[] {(byte) lead, (byte) trail}, charset);
                    if (s != null && s.length() == 1) {
                        set.set(s.charAt(0));
                    }
                }
            }
        }
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }

    private static boolean hasMultiByteUtf8(byte[] raw) {
        boolean nonAscii = false;
        for (byte b : raw) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        return nonAscii && strict(raw, StandardCharsets.UTF_8) != null;
    }

    static String strict(byte[] raw, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
