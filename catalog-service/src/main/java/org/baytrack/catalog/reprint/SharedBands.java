package org.baytrack.catalog.reprint;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which indexed articles share enough bands with a new text to be worth comparing. A bucket holding as many
 * articles as the index lets it keep is boilerplate many stories share; its members are not read, and every
 * article is taken to share such a band: the shortlist can only grow by that. The one reprint it cannot see is
 * one listed in none of the new text's open buckets, all its shared bands being full ones: a text that is
 * boilerplate through and through, which cleaning leaves little of in real news. (A true reprint at 0.6
 * similarity shares about 11 of 32 bands, at 0.9 about 26.)
 */
public final class SharedBands {
    private SharedBands() {
    }

    /**
     * @param openMembers the articles filed in the new text's buckets that are not full, once per bucket: an
     *                    article listed n times shares n open bands with the text
     * @param fullBands   how many of its buckets are full
     */
    public static Set<String> shortlist(List<String> openMembers, int fullBands, int minShared) {
        Map<String, Integer> shared = new HashMap<>();
        for (String article : openMembers) {
            shared.merge(article, 1, Integer::sum);
        }
        Set<String> out = new LinkedHashSet<>();
        shared.forEach((article, n) -> {
            if (n + fullBands >= minShared) {
                out.add(article);
            }
        });
        return out;
    }
}
