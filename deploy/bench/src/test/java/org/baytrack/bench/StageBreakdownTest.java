package org.baytrack.bench;

import org.baytrack.runner.synthetic.AlertLedger;
import org.baytrack.runner.synthetic.AlertLedger.Entry;
import org.baytrack.runner.synthetic.BenchProjects;
import org.baytrack.runner.synthetic.SyntheticDocuments;
import org.baytrack.runner.synthetic.SyntheticDocuments.BenchProject;
import org.baytrack.runner.synthetic.SyntheticDocuments.SyntheticDocument;
import org.baytrack.runner.webhook.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StageBreakdownTest {
    static final long MS = 1_000_000L;
    // nanoTime 5 000 ms is wall-clock 1 000 000 ms
    final StageBreakdown.Clock clock = new StageBreakdown.Clock(5_000 * MS, 1_000_000);
    final BenchProject project = BenchProjects.define("0a1b", 1, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1)).get(0);
    final SyntheticDocuments documents = new SyntheticDocuments(List.of(project), 7);
    final AlertLedger ledger = new AlertLedger();
    int next = 1;

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

    /** Document {@code documentId}, sent at {@code sentMillis} and alerted by event {@code eventId} at {@code webhookMillis} (0: not alerted). */
    private Entry alerted(String documentId, String eventId, long sentMillis, long webhookMillis) {
        int k = next++;
        SyntheticDocument doc = documents.document(k, project, k);
        Entry e = ledger.register(doc);
        e.sent(sentMillis * MS);
        e.answered(sentMillis * MS, documentId, null);
        if (webhookMillis != 0) {
            String body = "{\"id\":\"" + eventId + "\",\"data\":{\"projectId\":\"" + project.id()
                    + "\",\"current\":{\"forecastOpening\":\"" + doc.forecast() + "\"}}}";
            ledger.onWebhook(new WebhookReceiver.Delivery(eventId, "application/cloudevents+json", null, body, true,
                    webhookMillis * MS));
        }
        return e;
    }
}
