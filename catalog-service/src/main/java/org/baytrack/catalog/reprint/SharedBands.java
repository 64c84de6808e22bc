package org.baytrack.catalog.reprint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which indexed articles share enough bands with a new text to be worth comparing. A bucket holding as many
 * articles as the index lets it keep is boilerplate many stories share; it is not listed in full, so every
 * article is taken to share such a band: the shortlist can only grow by that. The one reprint it cannot see is
 * one listed in none of the new text's buckets, all its shared bands being full ones it was turned away from:
 * a text that is boilerplate through and through, which cleaning leaves little of in real news.
 */
public final class SharedBands {
    private SharedBands() {
    }

    /** A row of the band index: the band number and an article filed under the new text's hash for it. */
    public record Hit(int band, String articleId) {
    }

    /** The bands whose bucket is full: it lists {@code bucketLimit} articles or more. */
    public static Set<Integer> fullBands(List<Hit> hits, int bucketLimit) {
        Map<Integer, Integer> perBand = new HashMap<>();
        for (Hit hit : hits) {
            perBand.merge(hit.band(), 1, Integer::sum);
        }
        Set<Integer> full = new HashSet<>();
        perBand.forEach((band, n) -> {
            if (n >= bucketLimit) {
                full.add(band);
            }
        });
        return full;
    }

    public static Set<String> shortlist(List<Hit> hits, Set<Integer> fullBands, int minShared) {
        Map<String, Integer> shared = new HashMap<>();
        Map<String, Integer> inFull = new HashMap<>();
        for (Hit hit : hits) {
            shared.merge(hit.articleId(), 1, Integer::sum);
            if (fullBands.contains(hit.band())) {
                inFull.merge(hit.articleId(), 1, Integer::sum);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        shared.forEach((article, n) -> {
            int assumed = fullBands.size() - inFull.getOrDefault(article, 0);
            if (n + assumed >= minShared) {
                out.add(article);
            }
        });
        return out;
    }
}
