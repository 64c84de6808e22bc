package org.baytrack.analysis.clean;

import java.util.regex.Pattern;

/**
 * Finds pinyin annotations that converters leave after a character, as in 聯(lián). Real
 * parentheses such as 香港科技大學(廣州) hold ideographs or capitals and are never matched.
 */
final class PinyinRuby {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private static final String PLAIN = "aaaaeeeeiiiioooouuuuüüüünnnm";
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu"
                    + "|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|ü|üe|v|ve|ng|m|n)[1-5]?");

    private PinyinRuby() {
    }

    /** End (exclusive) of a ruby annotation opening at {@code open}, or -1 when there is none. */
    static int rubyEnd(CharSequence text, int open, int limit) {
        char o = text.charAt(open);
        if ((o != '(' && o != '（') || open == 0 || !isIdeograph(text.charAt(open - 1))) {
            return -1;
        }
        StringBuilder plain = new StringBuilder(8);
        boolean toned = false;
        for (int i = open + 1; i < limit && i <= open + 8; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                return plain.length() > 0 && (toned || SYLLABLE.matcher(plain).matches()) ? i + 1 : -1;
            }
            int t = TONED.indexOf(c);
            if (t >= 0) {
                toned = true;
                plain.append(PLAIN.charAt(t));
            } else if ((c >= 'a' && c <= 'z') || c == 'ü' || (c >= '1' && c <= '5')) {
                plain.append(c);
            } else {
                return -1;
            }
        }
        return -1;
    }

    static boolean isIdeograph(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }
}
