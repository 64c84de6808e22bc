package org.baytrack.analysis.language;

/**
 * Chinese or English, by counting ideographs against Latin letters: a Chinese report with a
 * few English names stays Chinese, an English wire story with 黄茅海 in brackets stays English.
 */
public final class LanguageDetector {
    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    private LanguageDetector() {
    }

    public static String detect(CharSequence text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
                han++;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                latin++;
            }
        }
        // an English word is about five letters, a Chinese word under two ideographs
        return latin > 0 && han * 4 < latin ? ENGLISH : CHINESE;
    }
}
