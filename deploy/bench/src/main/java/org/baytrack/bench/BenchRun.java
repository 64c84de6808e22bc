package org.baytrack.bench;

import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.synthetic.AlertLedger;
import org.baytrack.runner.synthetic.AlertLedger.Entry;
import org.baytrack.runner.synthetic.BenchProjects;
import org.baytrack.runner.synthetic.SyntheticDocuments;
import org.baytrack.runner.synthetic.SyntheticDocuments.BenchProject;
import org.baytrack.runner.synthetic.SyntheticDocuments.SyntheticDocument;
import org.baytrack.runner.webhook.WebhookReceiver;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One bench run on a running stack: registers its own projects and a webhook subscription to them, runs the three
 * phases of the plan, measures what the measured phase caused, and removes its projects and subscription again,
 * also when it fails or is interrupted.
 */
final class BenchRun {
    private final BenchPlan plan;
    private final BaytrackClient client;
    private final PrintWriter err;
    private final Console console;
    private final PhaseRunner phases;

    BenchRun(BenchPlan plan, BaytrackClient client, Console console, PrintWriter err) {
        this.plan = plan;
        this.client = client;
        this.console = console;
        this.err = err;
        this.phases = new PhaseRunner(client, plan.concurrency(), console);
    }

    /** Why the bench cannot run on this stack, in words for the user; empty when it can. */
    static Optional<String> unready(BaytrackClient client) {
        for (Service s : Service.values()) {
            if (!client.health(s).up()) {
                return Optional.of(s.module() + " is not ready at " + client.endpoints().url(s)
                        + ". Start the stack with ./baytrack up --detach (or point " + s.urlVariable() + " at it).");
            }
        }
        if (client.endpoints().keys().adminKey().isEmpty()) {
            return Optional.of("the bench registers projects and a subscription, which needs the admin key: set "
                    + "BAYTRACK_ADMIN_KEY, pass --admin-key-file, or start the stack with ./baytrack up (it writes "
                    + "<data dir>/admin-key)");
        }
        return Optional.empty();
    }

    BenchReport run() throws Exception {
        Measurement m = new Measurement();
        m.loadBefore = LoadAverage.now();
        m.uptime = youngestServiceUptime();
        AlertLedger ledger = new AlertLedger();
        BenchCleanup cleanup = new BenchCleanup(client, err);
        Thread hook = new Thread(cleanup, "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try (WebhookReceiver receiver = WebhookReceiver.withNewSecret(plan.webhookHost(), plan.webhookPort(),
                ledger::onWebhook)) {
            List<BenchProject> projects = registerProjects(cleanup.projects);
            cleanup.subscription = client.subscribeWebhook(projects.stream().map(BenchProject::id).toList(),
                    receiver.url(), receiver.secret(), Duration.ofSeconds(30));
            startSse(ledger);
            console.say("Bench: %d documents at %s over %d bench projects; webhook %s (subscription %s); load %s",
                    plan.docs(), plan.rate() == 0 ? "full speed" : plan.rate() + " docs/s", projects.size(),
                    receiver.url(), cleanup.subscription, m.loadBefore);
            SyntheticDocuments generator = new SyntheticDocuments(projects, plan.seed());

            prime(generator, ledger);
            List<SyntheticDocument> all = generator.measured(plan.warmupDocs() + plan.docs());
            if (plan.warmupDocs() > 0) {
                List<Entry> warm = all.subList(0, plan.warmupDocs()).stream().map(ledger::register).toList();
                console.say("Warming up with %d documents ...", plan.warmupDocs());
                PhaseRunner.Result warmed = phases.run(plan.warmup(), warm);
                console.say("  warm-up done in %.1f s", (System.nanoTime() - warmed.startNanos()) / 1e9);
            }
            List<Entry> entries = all.subList(plan.warmupDocs(), all.size()).stream().map(ledger::register).toList();
            StageBreakdown.Clock clock = StageBreakdown.Clock.now();
            m.measured = phases.run(plan.measure(), entries);
            measure(m, entries, projects, clock);
            return m.report(plan, entries, ledger, projects.size());
        } finally {
            cleanup.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook has run the cleanup, or is running it
            }
        }
    }

    private void measure(Measurement m, List<Entry> entries, List<BenchProject> projects, StageBreakdown.Clock clock)
            throws Exception {
        checkCatalog(entries);
        m.outcome = Outcome.classify(entries, id -> client.timeline(id).toString(), console);
        m.loadAfterPipeline = LoadAverage.now();
        try {
            m.stages = StageBreakdown.measure(plan.kafka(), clock.epochMillis(m.measured.startNanos()) - 1_000,
                    entries, clock);
        } catch (RuntimeException e) {
            err.println("warning: could not read the stage timestamps from Kafka: " + e.getMessage());
        }
        if (plan.floorRuns()) {
            console.say("Kafka floor: %d messages at %.0f/s through 3 throw-away topics ...", plan.floorMessages(),
                    plan.floorRate());
            m.floor = new KafkaFloor(plan.kafka()).run(3, plan.floorMessages(), plan.floorRate(), 1500,
                    Duration.ofSeconds(60));
        }
        BenchPlan.ReadPlan read = plan.read();
        if (read != null) {
            List<String> paths = projects.stream().map(p -> "/projects/" + p.id()).toList();
            console.say("Read load: GET /projects/{id} at %d requests/s for %d s after %d s of warm-up ...", read.rps(),
                    read.duration().toSeconds(), read.warmup().toSeconds());
            m.read = new ReadLoad().run(client.endpoints().url(Service.TRACKER), paths, read.rps(), read.warmup(),
                    read.duration(), 32);
        }
    }

    /**
     * Registers the bench's own projects, named from a random tag, and keeps those whose synthetic sentences the
     * catalog's analysis reads as exactly the expected forecast. Their documents start {@code documentsPerProject + 5}
     * days ago, so the run ends by today, and forecast three years later.
     */
    private List<BenchProject> registerProjects(BenchProjects bench) throws InterruptedException {
        LocalDate firstPublished = LocalDate.now().minusDays(plan.documentsPerProject() + 5);
        String tag = BenchProjects.randomTag(new SplittableRandom(plan.seed()));
        List<BenchProject> candidates = BenchProjects.define(tag, plan.projects(), firstPublished,
                firstPublished.plusYears(3));
        console.say("Registering %d bench projects (%s%s-*) ...", candidates.size(), BenchProjects.ID_PREFIX, tag);
        bench.register(candidates);
        bench.awaitFollowed(Duration.ofSeconds(60));
        SyntheticDocuments probe = new SyntheticDocuments(candidates, 1);
        List<BenchProject> chosen = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (BenchProject p : candidates) {
            boolean ok = true;
            for (int k = 0; k < 3 && ok; k++) {
                SyntheticDocument d = probe.document(0, p, k);
                ok = ForecastReading.isExactly(client.analyze(d.text(), d.published()), p.id(), d.forecast());
            }
            if (ok) {
                chosen.add(p);
            } else {
                dropped.add(p.id());
            }
        }
        if (!dropped.isEmpty()) {
            console.say("  (left out %d project(s) whose synthetic sentences the analysis does not read as one "
                    + "forecast: %s)", dropped.size(), String.join(", ", dropped));
        }
        if (chosen.isEmpty()) {
            throw new ApiException(0, "the analysis reads no bench project's synthetic sentences as one forecast");
        }
        return chosen;
    }

    /** Document 0 of each project, so each later document is a plain slip of an existing forecast. */
    private void prime(SyntheticDocuments generator, AlertLedger ledger) throws InterruptedException {
        List<Entry> primers = generator.projects().stream().map(generator::priming).map(ledger::register).toList();
        console.say("Priming %d projects ...", primers.size());
        phases.run(plan.prime(), primers);
        long missing = primers.stream().filter(e -> !e.alerted()).count();
        if (missing > 0) {
            console.say("  warning: %d priming document(s) gave no alert within %d s", missing,
                    plan.prime().drainTimeout().toSeconds());
        }
        // Let the stream settle: any change the primers caused besides their own alert is done by now.
        Thread.sleep(1000);
    }

    /** Every document must have reached the catalog: its GET /articles?document={id} names the article. */
    private void checkCatalog(List<Entry> entries) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (Entry e : entries) {
            if (e.documentId() == null) {
                continue;
            }
            pool.submit(() -> {
                for (int attempt = 0; attempt < 3; attempt++) {
                    try {
                        String article = client.articleOfDocument(e.documentId());
                        if (article != null) {
                            e.cataloged(article);
                            return;
                        }
                        Thread.sleep(1000);
                    } catch (RuntimeException ex) {
                        // counted as not cataloged
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
    }

    /**
     * The services run the full JIT, whose C2 compiler spends the first minutes of load compiling: a bench then
     * measures compilation as much as the pipeline (docs/performance.md). Says so when the youngest service started
     * less than five minutes ago.
     */
    private double youngestServiceUptime() {
        double youngest = Double.NaN;
        for (Service s : Service.values()) {
            try {
                var uptime = client.uptimeSeconds(s);
                if (uptime.isPresent() && (Double.isNaN(youngest) || uptime.getAsDouble() < youngest)) {
                    youngest = uptime.getAsDouble();
                }
            } catch (RuntimeException e) {
                // no metrics endpoint: nothing to say
            }
        }
        if (youngest < 300) {
            console.say("note: a service started %.0f s ago; its JIT compiler needs a few minutes of load to warm up, "
                    + "so this run will look slower than a warm stack (run a full-speed bench first to warm it)",
                    youngest);
        }
        return youngest;
    }

    private void startSse(AlertLedger ledger) {
        Thread t = new Thread(() -> {
            try {
                client.streamAlerts(null, true, e -> {
                    long now = System.nanoTime();
                    try {
                        ledger.onSse(e.id(), BaytrackClient.JSON.readTree(e.data()), now);
                    } catch (IOException ignored) {
                        // not an alert
                    }
                });
            } catch (RuntimeException e) {
                console.say("  (SSE stream ended: %s)", e.getMessage());
            }
        }, "bench-sse");
        t.setDaemon(true);
        t.start();
    }
}
