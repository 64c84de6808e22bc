package org.baytrack.analysis.gazetteer;

/**
 * The form both names and text take before matching, same length as the input: ASCII lower
 * case, dashes as spaces, full-width brackets as ASCII, so "Shenzhen–Jiangmen High-Speed"
 * and "shenzhen jiangmen high speed" meet.
 */
public final class MatchText {
    /** fold() for every char, for matchers that fold as they read. */
    public static final char[] FOLD = new char[65536];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = fold((char) c);
        }
    }

    private MatchText() {
    }

    public static String of(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return switch (c) {
            case '-', '‐', '‑', '‒', '–', '—', '－' -> ' ';
            case '（' -> '(';
            case '）' -> ')';
            case '\u00a0', '\u3000' -> ' ';
            case '’' -> '\'';
            default -> c;
        };
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
