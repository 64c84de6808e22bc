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

        assertThat(SharedBands.shortlist(hits, 0, 7)).containsExactly("art-reprint");
    }

    @Test
    void aFullBucketCountsAsSharedForEveryArticle() {
        List<SharedBands.Hit> hits = new ArrayList<>();
        // band 0 is boilerplate: its bucket is full and its members were not read; the reprint shares 6 open ones
        for (int band = 1; band < 7; band++) {
            hits.add(new SharedBands.Hit(band, "art-reprint"));
        }
        hits.add(new SharedBands.Hit(1, "art-related"));

        assertThat(SharedBands.shortlist(hits, 0, 7)).isEmpty();
        assertThat(SharedBands.shortlist(hits, 1, 7)).containsExactly("art-reprint");
    }

    @Test
    void noHitsNoShortlist() {
        assertThat(SharedBands.shortlist(List.of(), 32, 7)).isEmpty();
    }
}
