package org.baytrack.catalog.reprint;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharedBandsTest {
    @Test
    void onlyArticlesSharingEnoughBandsAreShortlisted() {
        List<SharedBands.Hit> hits = new ArrayList<>();
        for (int band = 0; band < 7; band++) {
            hits.add(new SharedBands.Hit(band, "art-reprint"));
        }
        for (int band = 0; band < 6; band++) {
            hits.add(new SharedBands.Hit(band, "art-related"));
        }
        hits.add(new SharedBands.Hit(9, "art-other"));

        assertThat(SharedBands.shortlist(hits, SharedBands.fullBands(hits, 50), 7)).containsExactly("art-reprint");
    }

    @Test
    void aFullBucketCountsAsSharedForEveryArticle() {
        List<SharedBands.Hit> hits = new ArrayList<>();
        // band 0 is boilerplate: its bucket is full, and the true reprint is not among the articles it lists
        for (int i = 0; i < 3; i++) {
            hits.add(new SharedBands.Hit(0, "art-boilerplate-" + i));
        }
        for (int band = 1; band < 7; band++) {
            hits.add(new SharedBands.Hit(band, "art-reprint"));
        }
        // listed in the full bucket too: it shares that band for real, and is not counted twice
        hits.add(new SharedBands.Hit(1, "art-boilerplate-0"));

        assertThat(SharedBands.fullBands(hits, 3)).containsExactly(0);
        assertThat(SharedBands.shortlist(hits, SharedBands.fullBands(hits, 3), 7)).containsExactly("art-reprint");
    }

    @Test
    void noHitsNoShortlist() {
        assertThat(SharedBands.shortlist(List.of(), SharedBands.fullBands(List.of(), 50), 7)).isEmpty();
    }
}
