package org.baytrack.catalog.reprint;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharedBandsTest {
    @Test
    void onlyArticlesSharingEnoughBandsAreShortlisted() {
        List<String> members = new ArrayList<>(); // an article once per open bucket it is filed in
        for (int band = 0; band < 7; band++) {
            members.add("art-reprint");
        }
        for (int band = 0; band < 6; band++) {
            members.add("art-related");
        }
        members.add("art-other");

        assertThat(SharedBands.shortlist(members, 0, 7)).containsExactly("art-reprint");
    }

    @Test
    void aFullBucketCountsAsSharedForEveryArticle() {
        List<String> members = new ArrayList<>(); // an article once per open bucket it is filed in
        // band 0 is boilerplate: its bucket is full and its members were not read; the reprint shares 6 open ones
        for (int band = 1; band < 7; band++) {
            members.add("art-reprint");
        }
        members.add("art-related");

        assertThat(SharedBands.shortlist(members, 0, 7)).isEmpty();
        assertThat(SharedBands.shortlist(members, 1, 7)).containsExactly("art-reprint");
    }

    @Test
    void noHitsNoShortlist() {
        assertThat(SharedBands.shortlist(List.of(), 32, 7)).isEmpty();
    }
}
