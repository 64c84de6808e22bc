package org.baytrack.bench;

import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.stack.Service;

import java.time.Duration;

/**
 * Follows the tracker's count of applied articles (baytrack_tracker_articles_total) while the bench runs: the time
 * from the first POST until the tracker has applied every measured document is the end-to-end throughput.
 */
final class TrackerProgress {
    private final BaytrackClient client;
    private final int expected;
    private volatile double base = -1;
    private volatile double last = -1;
    private volatile long t0;
    private volatile long lastIncrease;
    private volatile long done;
    private Thread poller;

    TrackerProgress(BaytrackClient client, int expected) {
        this.client = client;
        this.expected = expected;
    }

    void start(long startNanos) {
        base = trackedArticles();
        last = base;
        t0 = startNanos;
        lastIncrease = startNanos;
        if (base < 0) {
            return;
        }
        poller = new Thread(() -> {
            while (done == 0 && !Thread.currentThread().isInterrupted()) {
                double now = trackedArticles();
                long at = System.nanoTime();
                if (now > last) {
                    last = now;
                    lastIncrease = at;
                }
                if (now - base >= expected) {
                    done = at;
                    return;
                }
                try {
                    // a scrape renders every metric of the tracker (Kafka clients included): once a second keeps
                    // the measurement from costing the tracker a noticeable share of a core
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-tracker-progress");
        poller.setDaemon(true);
        poller.start();
    }

    void awaitDone(Duration idle) throws InterruptedException {
        if (poller == null) {
            return;
        }
        while (done == 0 && System.nanoTime() - lastIncrease < idle.toNanos()) {
            Thread.sleep(100);
        }
        poller.interrupt();
    }

    /** The tracker has applied every document (false when its metric is not available). */
    boolean allApplied() {
        return done != 0;
    }

    int tracked() {
        return base < 0 ? -1 : (int) (last - base);
    }

    double seconds() {
        return ((done != 0 ? done : lastIncrease) - t0) / 1e9;
    }

    /** -1 when the metric is not available. */
    double docsPerSecond() {
        return base < 0 ? -1 : tracked() / seconds();
    }

    /** The tracker's baytrack_tracker_articles_total (articles it has applied), or -1 when it cannot be read. */
    private double trackedArticles() {
        try {
            return client.metric(Service.TRACKER, "baytrack_tracker_articles_total").orElse(-1);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
