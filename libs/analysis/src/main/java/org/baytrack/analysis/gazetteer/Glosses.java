package org.baytrack.analysis.gazetteer;

/**
 * A text seen without the bracketed glosses that spell out an abbreviated name (深(圳)中(山)通道, 河(源)惠(州)(东)莞高速):
 * one or two ideographs in brackets, between ideographs or other such glosses. Names are matched in the view and
 * placed back on the text, gloss and all.
 */
final class Glosses {
    private static final int MAX_GLOSS = 2;

    private final String view;
    /** For each char of the view, where it stands in the text. */
    private final int[] positions;

    private Glosses(String view, int[] positions) {
        this.view = view;
        this.positions = positions;
    }

    /** The text without its glosses; null when it has none. */
    static Glosses of(String text) {
        StringBuilder view = null;
        int[] positions = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            int end = glossEnd(text, i);
            if (end < 0) {
                continue;
            }
            if (view == null) {
                view = new StringBuilder(text.length());
                positions = new int[text.length()];
            }
            for (int k = copied; k < i; k++) {
                positions[view.length()] = k;
                view.append(text.charAt(k));
            }
            copied = end;
            i = end - 1;
        }
        if (view == null) {
            return null;
        }
        for (int k = copied; k < text.length(); k++) {
            positions[view.length()] = k;
            view.append(text.charAt(k));
        }
        return new Glosses(view.toString(), positions);
    }

    /** Where the gloss opening at {@code at} ends, or -1 when no gloss opens there. */
    private static int glossEnd(String text, int at) {
        if (!isOpening(text.charAt(at)) || at == 0 || !(isIdeograph(text.charAt(at - 1)) || isClosing(text.charAt(at - 1)))) {
            return -1;
        }
        int i = at + 1;
        while (i < text.length() && i - at - 1 < MAX_GLOSS && isIdeograph(text.charAt(i))) {
            i++;
        }
        if (i == at + 1 || i >= text.length() || !isClosing(text.charAt(i)) || i + 1 >= text.length()) {
            return -1;
        }
        char after = text.charAt(i + 1);
        return isIdeograph(after) || isOpening(after) && glossEnd(text, i + 1) > 0 ? i + 1 : -1;
    }

    String view() {
        return view;
    }

    int start(int viewStart) {
        return positions[viewStart];
    }

    int end(int viewEnd) {
        return positions[viewEnd - 1] + 1;
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }

    private static boolean isIdeograph(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }
}
