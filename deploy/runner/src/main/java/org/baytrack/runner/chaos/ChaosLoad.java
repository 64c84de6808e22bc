package org.baytrack.runner.chaos;

import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.synthetic.SyntheticDocuments.SyntheticDocument;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts the run's documents at a steady rate, as a patient client would while parts of the stack are down: a
 * document is tried again until ingest answers, for up to {@link #PATIENCE_NANOS}. Ingest answers a repeat of a
 * document it already stored with its id, so a retry after a lost answer is accepted once, not twice.
 */
final class ChaosLoad {
    static final long PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(3);

    private final BaytrackClient client;
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    ChaosLoad(BaytrackClient client) {
        this.client = client;
    }

    /** Sends every document, {@code rate} per second (0: as fast as {@code concurrency} allows), and waits for all. */
    void send(List<SyntheticDocument> documents, double rate, int concurrency) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "chaos-send");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        for (int i = 0; i < documents.size(); i++) {
            if (rate > 0) {
                long wait = t0 + (long) (i * 1e9 / rate) - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            SyntheticDocument d = documents.get(i);
            pool.submit(() -> post(d));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    private void post(SyntheticDocument d) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        Map<String, String> query = Map.of("published", d.published().toString(), "source", d.source(),
                "title", d.title(), "url", d.url());
        byte[] body = d.text().getBytes(StandardCharsets.UTF_8);
        try {
            while (true) {
                try {
                    var result = client.ingest(body, "text/plain; charset=UTF-8", query);
                    if (!result.rejected()) {
                        accepted.put(d.key(), result.id());
                        return;
                    }
                    if (result.httpStatus() / 100 == 4) {
                        refused.add(d.key());
                        return;
                    }
                } catch (RuntimeException unreachable) {
                    // ingest is down or restarting: try again below
                }
                if (System.nanoTime() > deadline) {
                    refused.add(d.key());
                    return;
                }
                retries.incrementAndGet();
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.incrementAndGet();
        }
    }

    /**
     * A 10 MB text of quotes and control characters, whose event would be several times the broker's record limit
     * once JSON-escaped: ingest must refuse it (413), or the relay park it, and the documents after it go on.
     */
    BaytrackClient.IngestResult sendOversized() throws InterruptedException {
        byte[] body = "\"\u0001\u001f\\".repeat(10 * 1024 * 1024 / 4).getBytes(StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            try {
                var result = client.ingest(body, "text/plain; charset=UTF-8", Map.of("title", "oversized chaos document"));
                if (result.httpStatus() / 100 != 5 || System.nanoTime() > deadline) {
                    return result;
                }
            } catch (RuntimeException unreachable) {
                if (System.nanoTime() > deadline) {
                    throw unreachable;
                }
            }
            Thread.sleep(500);
        }
    }

    /** Document key to the id ingest gave it, for every document ingest accepted. */
    Map<String, String> accepted() {
        return Map.copyOf(accepted);
    }

    /** Documents ingest refused with a 4xx, or never answered for within the patience. */
    int refused() {
        return refused.size();
    }

    int retries() {
        return retries.get();
    }

    int done() {
        return done.get();
    }
}
