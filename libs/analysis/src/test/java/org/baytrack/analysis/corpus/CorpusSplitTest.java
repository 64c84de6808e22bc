package org.baytrack.analysis.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusSplitTest {
    private static List<LabelledDocument> set(int size) {
        return IntStream.rangeClosed(1, size)
                .mapToObj(i -> new LabelledDocument("s", "%03d.txt".formatted(i), null, null, "", List.of(), List.of()))
                .toList();
    }

    @Test
    void testIsAFixedThirdAndDevTheRest() {
        List<LabelledDocument> all = set(45);
        List<LabelledDocument> test = CorpusSplit.TEST.of(all);
        List<LabelledDocument> dev = CorpusSplit.DEV.of(all);

        assertThat(test).hasSize(15);
        assertThat(dev).hasSize(30);
        assertThat(test).doesNotContainAnyElementsOf(dev);
        assertThat(CorpusSplit.TEST.of(set(45))).isEqualTo(test);
        assertThat(CorpusSplit.ALL.of(all)).isEqualTo(all);
    }

    @Test
    void aDocumentKeepsItsPartWhenTheSetGrows() {
        // the rule orders by hash, so a new document moves at most the cut, never the order of the others
        List<String> before = CorpusSplit.TEST.of(set(45)).stream().map(LabelledDocument::name).toList();
        List<String> after = CorpusSplit.TEST.of(set(46)).stream().map(LabelledDocument::name).toList();
        assertThat(after.stream().filter(before::contains).count()).isGreaterThanOrEqualTo(before.size() - 1);
    }

    @Test
    void anUnknownSplitIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> CorpusSplit.parse("holdout")).hasMessageContaining("dev, test or all");
    }
}
