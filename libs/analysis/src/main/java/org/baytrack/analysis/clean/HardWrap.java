package org.baytrack.analysis.clean;

/**
 * Tells a paragraph hard-wrapped at a fixed width (mirror sites and reposted columns break lines mid-sentence,
 * even mid-name: 港珠 / 澳大桥) from lines that really end: a Chinese prose line that stops on an ideograph and
 * runs straight on into the next is one line.
 */
final class HardWrap {
    private static final int MIN_WRAPPED_LENGTH = 24;
    private static final int MIN_TAIL = 2;

    private HardWrap() {
    }

    static boolean joins(String line, String next) {
        if (line.length() < MIN_WRAPPED_LENGTH || next.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        char first = next.charAt(0);
        return isIdeograph(last) && (isIdeograph(first) || Character.isDigit(first)) && hasClauseBreak(line)
                && runsOn(line);
    }

    /** What follows the line's last full stop is a sentence under way, not a photo credit (…现场。 张三 摄). */
    private static boolean runsOn(String line) {
        int stop = Math.max(line.lastIndexOf('。'), Math.max(line.lastIndexOf('！'), line.lastIndexOf('？')));
        String tail = line.substring(stop + 1);
        return stop < 0 || tail.length() >= MIN_TAIL && tail.chars().noneMatch(Character::isWhitespace);
    }

    /** A headline or a menu has no comma; a wrapped paragraph line does. */
    private static boolean hasClauseBreak(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '，' || c == '。' || c == '、' || c == '；' || c == ',' && i > 0 && isIdeograph(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
