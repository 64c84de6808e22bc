package org.baytrack.bench;

import org.baytrack.bench.BenchReport.Latency;

import java.util.Locale;
import java.util.Optional;

/** The report as the table the bench prints at the end. */
final class ReportTable {
    /** Sustained throughput is a figure over at least this long; a shorter full-speed run mostly measures its ramp. */
    static final double SUSTAINED_SECONDS = 60;

    private ReportTable() {
    }

    static void print(BenchReport r, Console console) {
        BenchReport.Counts c = r.counts();
        Latency lat = r.latencyMs();
        Latency floor = r.kafkaFloorMs().latency();
        console.say("");
        console.say("%-40s %s", "documents sent / alerted", c.sent() + " / " + c.alerts());
        console.say("%-40s %s", "send rate (docs/s)", r.sendRateDocsPerS());
        console.say("%-40s %s  (%s docs over %s s; alerts %s/s)", "throughput, ingest to tracker (docs/s)",
                r.throughputDocsPerS(), r.trackedDocs(), r.trackedSeconds(), r.alertsPerS());
        if (r.rate() == 0) {
            shortRunAdvice(r.trackedSeconds(), r.throughputDocsPerS()).ifPresent(console::say);
        }
        console.say("%-40s %s", "lost / duplicate alerts", r.lost() + " / " + r.duplicateAlerts());
        console.say("%-40s %s", "ingest errors / not cataloged", c.ingestErrors() + " / " + c.notCataloged());
        console.say("%-40s %s", "no alert: superseded / merged as reprint", c.superseded() + " / " + c.mergedAsReprints());
        console.say("%-40s p50 %s  p95 %s  p99 %s  max %s", "POST /documents -> webhook alert (ms)", lat.p50(),
                lat.p95(), lat.p99(), lat.max());
        Latency sse = r.sseLatencyMs();
        console.say("%-40s p50 %s  p99 %s  (%s events)", "POST /documents -> SSE event (ms)", sse.p50(), sse.p99(),
                c.sseAlerts());
        if (r.stagesMs() != null) {
            r.stagesMs().forEach((stage, s) -> console.say("%-40s p50 %s  p95 %s  p99 %s",
                    "  of which " + stage + " (ms)", s.p50(), s.p95(), s.p99()));
        }
        console.say("%-40s p50 %s  p99 %s", "Kafka floor, 3 hops (ms)", floor.p50(), floor.p99());
        console.say("%-40s %s", "p99 / floor p99", r.p99OverFloor());
        BenchReport.ReadLatency rd = r.readProjectsMs();
        if (rd != null) {
            console.say("%-40s p50 %s  p99 %s  max %s  (%s rps achieved, %s errors; service time p99 %s)",
                    "GET /projects/{id} at " + rd.targetRps() + " rps (ms)", rd.latency().p50(), rd.latency().p99(),
                    rd.latency().max(), rd.achievedRps(), rd.errors(), rd.serviceTime().p99());
        }
        console.say("%-40s %s -> %s", "load average (1/5/15 min)", r.loadBefore(), r.loadAfter());
    }

    /** What to run instead when a full-speed run was over before SUSTAINED_SECONDS. */
    static Optional<String> shortRunAdvice(double seconds, double docsPerSecond) {
        if (seconds >= SUSTAINED_SECONDS || docsPerSecond <= 0) {
            return Optional.empty();
        }
        long enough = (long) Math.ceil(docsPerSecond * SUSTAINED_SECONDS * 1.2 / 1000) * 1000;
        return Optional.of(String.format(Locale.ROOT, "note: the run lasted %.1f s, under the %.0f s a sustained "
                + "figure needs; at this speed --docs %d lasts long enough", seconds, SUSTAINED_SECONDS, enough));
    }
}
