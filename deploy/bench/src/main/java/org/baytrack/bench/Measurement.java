package org.baytrack.bench;

import org.baytrack.bench.BenchReport.Latency;
import org.baytrack.runner.synthetic.AlertLedger;
import org.baytrack.runner.synthetic.AlertLedger.Entry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run measured besides the ledger's entries, filled in as it goes, and the report made from it. */
final class Measurement {
    String loadBefore;
    String loadAfterPipeline;
    double uptime;
    PhaseRunner.Result measured;
    Outcome outcome;
    Map<String, LatencyRecorder> stages;
    KafkaFloor.Result floor;
    ReadLoad.Result read;

    BenchReport report(BenchPlan plan, List<Entry> entries, AlertLedger ledger, int projects) {
        long start = measured.startNanos();
        long lastAlert = entries.stream().mapToLong(Entry::webhookNanos).max().orElse(0);
        double sendSeconds = (measured.sendEndNanos() - start) / 1e9;
        double processSeconds = (Math.max(lastAlert, measured.sendEndNanos()) - start) / 1e9;
        int alerted = (int) entries.stream().filter(Entry::alerted).count();
        LatencyRecorder latency = new LatencyRecorder();
        entries.stream().filter(Entry::alerted).forEach(e -> latency.record(e.latencyNanos()));
        LatencyRecorder sseLatency = new LatencyRecorder();
        entries.stream().filter(e -> e.sseNanos() != 0).forEach(e -> sseLatency.record(e.sseNanos() - e.sentNanos()));
        TrackerProgress tracked = measured.tracked();
        // Documents fully processed, ingest to tracker: the tracker's own count of applied articles, from the first
        // POST until it has applied all of them (alerts alone undercount at full speed, see Outcome's superseded).
        double throughput = tracked.docsPerSecond();

        boolean floorMeasured = floor != null && floor.latency().count() > 0;
        BenchReport.KafkaFloorLatency floorLatency = floor == null ? BenchReport.KafkaFloorLatency.NOT_RUN
                : new BenchReport.KafkaFloorLatency(floorMeasured ? Latency.withoutP95(floor.latency()) : Latency.NONE,
                floor.sent(), floor.received(), plan.floorRate());
        Double overFloor = floorMeasured && latency.count() > 0
                ? round1(latency.percentiles().percentile(99) / (double) Math.max(1, floor.latency().percentile(99)))
                : null;
        Map<String, Latency> stageLatency = null;
        if (stages != null) {
            stageLatency = new LinkedHashMap<>();
            for (var stage : stages.entrySet()) {
                stageLatency.put(stage.getKey(), Latency.of(stage.getValue()));
            }
        }
        BenchReport.ReadLatency readLatency = read == null ? null : new BenchReport.ReadLatency(plan.read().rps(),
                (int) plan.read().warmup().toSeconds(), round1(read.achievedRps()), read.requests(), read.errors(),
                Latency.of(read.latency()), Latency.of(read.service()));
        BenchReport.Counts counts = new BenchReport.Counts((int) entries.stream().filter(e -> e.documentId() != null).count(),
                outcome.ingestErrors(), outcome.notCataloged(), alerted, outcome.missingAlerts(), outcome.superseded(),
                outcome.reprints(), outcome.articleMismatch(), ledger.unmatchedWebhooks(), ledger.badSignatures(),
                (int) entries.stream().filter(e -> e.sseNanos() != 0).count());
        return new BenchReport(plan.docs(), plan.rate(), Double.isNaN(uptime) ? null : Math.round(uptime),
                plan.warmupDocs(), round1(throughput >= 0 ? throughput : alerted / processSeconds), tracked.tracked(),
                round1(tracked.seconds()), round1(alerted / processSeconds), outcome.lost(),
                ledger.duplicateWebhooks() + ledger.extraAlerts(), Latency.of(latency), floorLatency, overFloor,
                stageLatency, counts, Latency.of(sseLatency), round1(sendSeconds), round1(entries.size() / sendSeconds),
                round1(processSeconds), projects, readLatency, loadBefore, loadAfterPipeline, LoadAverage.now(),
                Instant.now().toString());
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
