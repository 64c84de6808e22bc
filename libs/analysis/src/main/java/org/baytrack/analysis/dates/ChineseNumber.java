package org.baytrack.analysis.dates;

/** Small numbers written in Arabic or Chinese digits, as found in dates. */
public final class ChineseNumber {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {
    }

    public static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        // 廿八日, 卅日: Hong Kong papers write twenty and thirty as one character
        if (s.charAt(0) == '廿' || s.charAt(0) == '卅') {
            return (s.charAt(0) == '廿' ? 20 : 30) + (s.length() > 1 ? digit(s.charAt(1)) : 0);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    static int parseYear(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int y = 0;
        for (int i = 0; i < s.length(); i++) {
            y = y * 10 + digit(s.charAt(i));
        }
        return y;
    }

    private static int digit(char c) {
        // 二O二O年: mirror sites and typists write the zero as a letter O or a circle
        if (c == '零' || c == 'O' || c == 'Ｏ' || c == '○') {
            return 0;
        }
        int d = DIGITS.indexOf(c);
        return Math.max(d, 0);
    }
}
