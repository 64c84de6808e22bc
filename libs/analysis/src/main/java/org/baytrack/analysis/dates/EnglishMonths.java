package org.baytrack.analysis.dates;

import java.util.List;
import java.util.Locale;

/** English month names from dates.yaml, read from their first three letters ("Sept.", "Dec", "december"). */
public final class EnglishMonths {
    private static final List<String> NAMES = DateWords.load().englishMonths();

    private EnglishMonths() {
    }

    /** 1 to 12, or 0 when the word is no month. */
    public static int number(String name) {
        if (name == null || name.length() < 3) {
            return 0;
        }
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < NAMES.size(); i++) {
            if (NAMES.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }
}
