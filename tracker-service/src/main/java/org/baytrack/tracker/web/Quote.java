package org.baytrack.tracker.web;

/**
 * A report's sentence as a page quotes it: in the article's own script, with the Simplified form beside it when the
 * two differ. {@code original} is null when they read the same; {@code lang} is the BCP 47 tag of what is quoted
 * first (the original when there is one). The analysis folds every Traditional character, so an original that
 * differs is Traditional; a sentence without Han characters is English.
 */
public record Quote(String original, String simplified, String lang) {

    public static Quote of(String simplified, String original) {
        String s = simplified == null ? "" : simplified;
        if (original != null && !original.isBlank() && !original.equals(s)) {
            return new Quote(original, s, "zh-Hant");
        }
        return new Quote(null, s, hasHan(s) ? "zh-Hans" : "en");
    }

    /** Whether the Simplified form is shown beside the original. */
    public boolean twoScripts() {
        return original != null;
    }

    /** What is quoted first: the article's own wording. */
    public String text() {
        return original != null ? original : simplified;
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
