package org.baytrack.runner.chaos;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChaosVerdictTest {
    @Test
    void everythingOnceIsNothingLostAndNothingTwice() {
        var v = ChaosVerdict.of(List.of("doc-a", "doc-b"), Map.of("doc-a", 1, "doc-b", 1), Set.of("e1", "e2"),
                Set.of("e1", "e2"), 0, Set.of("e1", "e2"), 0);
        assertThat(v.lost()).isZero();
        assertThat(v.duplicates()).isZero();
        assertThat(v.cataloged()).isEqualTo(2);
        assertThat(v.delivered()).isEqualTo(2);
    }

    @Test
    void aDocumentNeverCatalogedAndAnAlertMissingFromWebhookAndStreamAreLost() {
        var v = ChaosVerdict.of(List.of("doc-a", "doc-b"), Map.of("doc-a", 1), Set.of("e1", "e2"),
                Set.of("e1"), 0, Set.of("e1"), 0);
        assertThat(v.notCataloged()).isEqualTo(1);
        assertThat(v.notDelivered()).isEqualTo(1);
        assertThat(v.notStreamed()).isEqualTo(1);
        assertThat(v.lost()).isEqualTo(3);
    }

    @Test
    void aRepeatedDeliveryADoubleArticleAndADocumentAlertedTwiceAreDuplicates() {
        var v = ChaosVerdict.of(List.of("doc-a"), Map.of("doc-a", 2), Set.of("e1"), Set.of("e1", "e9"), 1,
                Set.of("e1"), 1);
        assertThat(v.catalogedTwice()).isEqualTo(1);
        assertThat(v.duplicates()).isEqualTo(3);
        assertThat(v.unexpected()).as("an alert for no status change the tracker recorded").isEqualTo(1);
        assertThat(v.lost()).isZero();
    }
}
