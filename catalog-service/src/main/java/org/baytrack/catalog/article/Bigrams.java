package org.baytrack.catalog.article;

import org.baytrack.catalog.reprint.ComparableText;

import java.util.LinkedHashSet;
import java.util.Set;

/** Character bigrams, the search terms of Chinese text, which has no spaces to split words on. */
public final class Bigrams {
    private Bigrams() {
    }

    public static String[] of(String text) {
        String comparable = ComparableText.of(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= comparable.length(); i++) {
            out.add(comparable.substring(i, i + 2));
        }
        if (out.isEmpty() && !comparable.isEmpty()) {
            out.add(comparable);
        }
        return out.toArray(String[]::new);
    }
}
