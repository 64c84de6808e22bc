package org.baytrack.bench;

import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.synthetic.AlertLedger.Entry;
import org.baytrack.runner.synthetic.SyntheticDocuments.SyntheticDocument;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one {@link Phase}: sends its documents, then waits for their alerts and for the tracker to apply them. */
final class PhaseRunner {
    /** Seconds without a new alert, once the tracker applied every document, before a phase stops waiting. */
    static final int SETTLE_SECONDS = 5;

    /** When the phase started sending and finished, and the tracker's count of what it applied meanwhile. */
    record Result(long startNanos, long sendEndNanos, TrackerProgress tracked) {
    }

    private final BaytrackClient client;
    private final int concurrency;
    private final Console console;

    PhaseRunner(BaytrackClient client, int concurrency, Console console) {
        this.client = client;
        this.concurrency = concurrency;
        this.console = console;
    }

    Result run(Phase phase, List<Entry> entries) throws InterruptedException {
        TrackerProgress tracked = new TrackerProgress(client, entries.size());
        long t0 = System.nanoTime();
        tracked.start(t0);
        send(phase, entries, t0);
        long sendEnd = System.nanoTime();
        drain(phase, entries, t0, tracked);
        // the next phase starts on an idle pipeline, not behind this one's backlog
        tracked.awaitDone(phase.drainTimeout());
        return new Result(t0, sendEnd, tracked);
    }

    private void send(Phase phase, List<Entry> entries, long t0) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "bench-send");
            t.setDaemon(true);
            return t;
        });
        long lastReport = t0;
        if (!phase.fullSpeed()) {
            for (int i = 0; i < entries.size(); i++) {
                long wait = t0 + (long) (i * 1e9 / phase.rate()) - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Entry e = entries.get(i);
                pool.submit(() -> post(e));
                if (System.nanoTime() - lastReport > 5e9) {
                    lastReport = System.nanoTime();
                    progress(entries, t0);
                }
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            for (int c = 0; c < concurrency; c++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < entries.size(); i = next.getAndIncrement()) {
                        post(entries.get(i));
                    }
                });
            }
        }
        pool.shutdown();
        while (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            progress(entries, t0);
        }
    }

    private void post(Entry e) {
        SyntheticDocument d = e.doc;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("published", d.published().toString());
        query.put("source", d.source());
        query.put("title", d.title());
        query.put("url", d.url());
        e.sent(System.nanoTime());
        try {
            var result = client.ingest(d.text().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", query);
            e.answered(System.nanoTime(), result.rejected() ? null : result.id(),
                    result.rejected() ? result.detail() : null);
        } catch (RuntimeException ex) {
            e.failed(ex.getMessage());
        }
    }

    /**
     * Waits for the alerts: until every document has one, no new one came for the phase's drain timeout, or the
     * tracker applied every document and none came for {@link #SETTLE_SECONDS} (the rest were superseded or merged
     * as reprints, which {@link Outcome} tells apart; waiting the full timeout for them only made runs longer).
     */
    private void drain(Phase phase, List<Entry> entries, long t0, TrackerProgress tracked) throws InterruptedException {
        long lastProgress = System.nanoTime();
        int lastCount = -1;
        long lastPrint = 0;
        while (true) {
            int alerted = (int) entries.stream().filter(Entry::alerted).count();
            int expected = (int) entries.stream().filter(e -> e.documentId() != null).count();
            if (alerted >= expected) {
                break;
            }
            if (alerted != lastCount) {
                lastCount = alerted;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > phase.drainTimeout().toNanos()) {
                console.say("  no new alert for %d s; %d of %d documents alerted", phase.drainTimeout().toSeconds(),
                        alerted, expected);
                break;
            } else if (tracked.allApplied()
                    && System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(SETTLE_SECONDS)) {
                console.say("  the tracker applied every document and no alert came for %d s; %d of %d documents "
                        + "alerted", SETTLE_SECONDS, alerted, expected);
                break;
            }
            if (System.nanoTime() - lastPrint > 5e9) {
                lastPrint = System.nanoTime();
                progress(entries, t0);
            }
            Thread.sleep(50);
        }
    }

    private void progress(List<Entry> entries, long t0) {
        long sent = entries.stream().filter(e -> e.acceptedNanos() != 0).count();
        long alerted = entries.stream().filter(Entry::alerted).count();
        double s = (System.nanoTime() - t0) / 1e9;
        console.say("  %5.1f s  sent %d/%d  alerted %d  (%.0f alerts/s)  load %s", s, sent, entries.size(), alerted,
                alerted / s, LoadAverage.now());
    }
}
