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

    /**
     * {@code midSentence}: the line before was itself a sentence under way (it ended on a comma, or was joined and
     * ended on no stop), as in a page set in short lines for phones: 今天15时， / 大湾区重大工程 / 某通道正式通车，
     * {@code afterBlankLine}: a blank line stands between them, which a paragraph wrapped at a fixed width never has:
     * there a long line stopping on no mark ended its paragraph.
     */
    static boolean joins(String line, String next, boolean midSentence, boolean afterBlankLine) {
        if (line.isEmpty() || next.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        char first = next.charAt(0);
        boolean proseNext = isIdeograph(first) || Character.isDigit(first);
        if (proseNext && (endsOnComma(line) || midSentence && isIdeograph(last))) {
            return true;
        }
        if (line.length() < MIN_WRAPPED_LENGTH || afterBlankLine) {
            return false;
        }
        return isIdeograph(last) && proseNext && hasClauseBreak(line) && runsOn(line);
    }

    /** After this line, is a sentence still under way? */
    static boolean leavesSentenceOpen(String line, boolean joined) {
        if (line.isEmpty()) {
            return false;
        }
        // a short line joined on and stopping on no mark, unless it is a credit (记者 张三 摄)
        return endsOnComma(line) || joined && line.length() < MIN_WRAPPED_LENGTH
                && isIdeograph(line.charAt(line.length() - 1)) && line.chars().noneMatch(Character::isWhitespace);
    }

    /** A comma or enumeration comma ends no paragraph: ，、 or a comma after an ideograph, a digit or a bracket. */
    private static boolean endsOnComma(String line) {
        char last = line.charAt(line.length() - 1);
        if (last == '，' || last == '、') {
            return true;
        }
        if (last != ',' || line.length() < 2) {
            return false;
        }
        char before = line.charAt(line.length() - 2);
        return isIdeograph(before) || Character.isDigit(before) || before == ')' || before == '）';
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
