package org.baytrack.bench;

import org.baytrack.runner.synthetic.BenchProjects;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one bench run does, from the command's options: checked once here, so the run never meets a value it cannot
 * use. The three phases follow from it: priming and warm-up at full speed, then the measured documents at
 * {@code rate}.
 *
 * @param docs         measured documents
 * @param rate         measured documents per second, 0 for full speed
 * @param warmupDocs   documents sent and awaited before measuring, 0 for none
 * @param drainTimeout how long without a new alert before a phase stops waiting
 * @param projects     bench projects to register for the run
 * @param concurrency  parallel POST /documents
 * @param seed         of the project tag and the documents
 * @param floor        how long the Kafka floor runs, zero to skip it
 * @param read         the GET /projects/{id} load, or null to skip it
 * @param webhookHost  where the notification service reaches the bench's receiver
 * @param webhookPort  the receiver's port, 0 for any free one
 * @param kafka        bootstrap servers of the stack's broker
 */
public record BenchPlan(int docs, double rate, int warmupDocs, Duration drainTimeout, int projects, int concurrency,
                        long seed, Duration floor, ReadPlan read, String webhookHost, int webhookPort, String kafka) {
    /** The longest a priming document may take: the first documents meet a cold stack. */
    static final Duration PRIME_WAIT = Duration.ofSeconds(120);
    /**
     * At full speed some warm-up documents are overtaken by later ones of their project and cause no alert, so the
     * warm-up waits at most this long for more.
     */
    static final Duration WARMUP_DRAIN = Duration.ofSeconds(5);
    /** The Kafka floor's rate when the measured documents go at full speed. */
    static final double FULL_SPEED_FLOOR_RATE = 200;

    /** A constant-rate GET /projects/{id} load: {@code rps} requests per second, {@code warmup} of them unrecorded. */
    public record ReadPlan(int rps, Duration warmup, Duration duration) {
    }

    public BenchPlan {
        List<String> problems = new ArrayList<>();
        if (docs < 1) {
            problems.add("--docs must be at least 1, not " + docs);
        }
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            problems.add("--rate must be 0 (full speed) or more, not " + rate);
        }
        if (warmupDocs < 0) {
            problems.add("--warmup must be 0 or more, not " + warmupDocs);
        }
        if (drainTimeout == null || drainTimeout.toSeconds() < 1) {
            problems.add("--drain-timeout must be at least 1 second, not " + seconds(drainTimeout));
        }
        if (projects < 1 || projects > BenchProjects.MAX_PROJECTS) {
            problems.add("--projects must be 1 to " + BenchProjects.MAX_PROJECTS + ", not " + projects);
        }
        if (concurrency < 1) {
            problems.add("--concurrency must be at least 1, not " + concurrency);
        }
        if (floor == null || floor.isNegative()) {
            problems.add("--floor-seconds must be 0 (skip) or more, not " + seconds(floor));
        }
        if (read != null) {
            if (read.rps() < 1) {
                problems.add("--read-rps must be at least 1 when the read test runs, not " + read.rps());
            }
            if (read.warmup() == null || read.warmup().isNegative()) {
                problems.add("--read-warmup must be 0 or more, not " + seconds(read.warmup()));
            }
            if (read.duration() == null || read.duration().isNegative() || read.duration().isZero()) {
                problems.add("the read test's duration must be positive, not " + seconds(read.duration()));
            }
        }
        if (webhookHost == null || webhookHost.isBlank()) {
            problems.add("--webhook-host must name an address");
        }
        if (webhookPort < 0 || webhookPort > 65_535) {
            problems.add("--webhook-port must be 0 to 65535, not " + webhookPort);
        }
        if (kafka == null || kafka.isBlank()) {
            problems.add("--kafka must be HOST:PORT");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Document 0 of each project, at once, so that each later document is a plain slip of an existing forecast. */
    public Phase prime() {
        return new Phase(0, PRIME_WAIT);
    }

    /** The warm-up documents, at full speed: a freshly started stack runs cold code (JIT, caches, pools). */
    public Phase warmup() {
        return new Phase(0, drainTimeout.compareTo(WARMUP_DRAIN) < 0 ? drainTimeout : WARMUP_DRAIN);
    }

    public Phase measure() {
        return new Phase(rate, drainTimeout);
    }

    /** Each project's documents over the whole run, with room for its priming one: their dates start this far back. */
    public int documentsPerProject() {
        return (docs + warmupDocs) / projects + 2;
    }

    public boolean floorRuns() {
        return !floor.isZero();
    }

    /** The Kafka floor's rate: the measured rate, so both see the same load. */
    public double floorRate() {
        return rate > 0 ? rate : FULL_SPEED_FLOOR_RATE;
    }

    public int floorMessages() {
        return (int) Math.max(50, floorRate() * floor.toSeconds());
    }

    private static String seconds(Duration d) {
        return d == null ? "none" : d.toSeconds() + " s";
    }
}
