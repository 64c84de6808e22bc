package org.baytrack.runner.bench;

import org.baytrack.runner.bench.AlertLedger.Entry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StageBreakdownTest {
    static final long MS = 1_000_000L;
    // nanoTime 5 000 ms is wall-clock 1 000 000 ms
    final StageBreakdown.Clock clock = new StageBreakdown.Clock(5_000 * MS, 1_000_000);

    @Test
    void eachStageRunsFromThePreviousSendToItsOwn() {
        Entry e = alerted("doc-1", "evt-1", 5_100, 5_400);

        var stages = StageBreakdown.spans(List.of(e), Map.of("doc-1", 1_000_110L), Map.of("doc-1", 1_000_250L),
                Map.of("evt-1", 1_000_300L), clock);

        assertThat(stages).containsOnlyKeys("ingest", "catalog", "tracker", "notification");
        assertThat(stages.get("ingest").percentiles().max()).isEqualTo(10 * MS);
        assertThat(stages.get("catalog").percentiles().max()).isEqualTo(140 * MS);
        assertThat(stages.get("tracker").percentiles().max()).isEqualTo(50 * MS);
        assertThat(stages.get("notification").percentiles().max()).isEqualTo(100 * MS);
        long sum = stages.values().stream().mapToLong(r -> r.percentiles().max()).sum();
        assertThat(sum).isEqualTo(e.latencyNanos());
    }

    @Test
    void aDocumentWithAStageMissingIsLeftOutRatherThanGuessed() {
        Entry noAlert = alerted("doc-2", null, 5_100, 0);
        Entry notRelayed = alerted("doc-3", "evt-3", 5_100, 5_400);

        var stages = StageBreakdown.spans(List.of(noAlert, notRelayed), Map.of("doc-2", 1L, "doc-3", 1L),
                Map.of("doc-2", 2L), Map.of(), clock);

        assertThat(stages.values()).allMatch(r -> r.count() == 0);
    }

    private static Entry alerted(String documentId, String eventId, long sentMillis, long webhookMillis) {
        Entry e = new Entry(null);
        e.documentId = documentId;
        e.alertEventId = eventId;
        e.sentNanos = sentMillis * MS;
        e.webhookNanos = webhookMillis * MS;
        return e;
    }
}
