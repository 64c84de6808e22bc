package org.baytrack.catalog.reprint;

/**
 * The letters and digits of a Simplified text, lower-cased, without spaces or punctuation: two reprints of a story
 * differ mostly in what this drops (layout, punctuation style, script already unified upstream).
 */
public final class ComparableText {
    private ComparableText() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
