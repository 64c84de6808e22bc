package org.baytrack.runner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.runner.bench.AlertLedger.Entry;
import org.baytrack.runner.bench.SyntheticDocuments.BenchProject;
import org.baytrack.runner.bench.SyntheticDocuments.SyntheticDocument;
import org.baytrack.runner.cli.ServiceUrlOptions;
import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures a running stack: sends N synthetic documents (each moves one project's forecast, so "
                + "each should cause exactly one alert) at a fixed rate, receives the alerts on a local signed webhook "
                + "and the SSE stream, and reports throughput, ingest-to-alert latency, lost and duplicate alerts, "
                + "the raw Kafka floor through three topics on the same broker, and GET /projects/{id} latency under "
                + "a constant read load.",
                "Start the stack first: ./baytrack up --detach --webhook-loopback-port 9000"})
public final class BenchCommand implements Callable<Integer> {
    /** Seconds without a new alert, once the tracker applied every document, before the bench stops waiting. */
    static final int SETTLE_SECONDS = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrlOptions urls;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "3000", description = "documents to send (default ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "50", description = "documents per second; 0 = as fast as it will go (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "16", description = "parallel POST /documents (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSON report here")
    Path out;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "broker for the Kafka floor (env BAYTRACK_KAFKA_BOOTSTRAP, default localhost:9092)")
    String kafka;

    @Option(names = "--floor-seconds", defaultValue = "15", description = "how long the Kafka floor runs, 0 to skip (default ${DEFAULT-VALUE})")
    int floorSeconds;

    @Option(names = "--read-rps", defaultValue = "1000", description = "GET /projects/{id} requests per second for the read test (default ${DEFAULT-VALUE})")
    int readRps;

    @Option(names = "--read-seconds", defaultValue = "20", description = "how long the read test runs, 0 to skip (default ${DEFAULT-VALUE})")
    int readSeconds;

    @Option(names = "--read-warmup", defaultValue = "3", description = "seconds of the same read load before the measured ones, not recorded (default ${DEFAULT-VALUE})")
    int readWarmup;

    // a freshly started stack is still compiling its hot paths (docs/performance.md); 1,500 at full speed take about 25 s
    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1500", description = "documents sent and awaited before measuring (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--drain-timeout", defaultValue = "60", description = "seconds without a new alert before the bench stops waiting (default ${DEFAULT-VALUE})")
    int drainTimeout;

    @Option(names = "--projects", paramLabel = "N", defaultValue = "12", description = "bench projects to register for the run and delete after it (default ${DEFAULT-VALUE})")
    int projectCount;

    @Option(names = "--seed", description = "generator seed (default: random)")
    Long seed;

    @Option(names = "--webhook-host", defaultValue = "127.0.0.1", description = "address the notification service can reach this machine at (default ${DEFAULT-VALUE})")
    String webhookHost;

    @Option(names = "--webhook-port", paramLabel = "PORT", defaultValue = "${env:BAYTRACK_BENCH_WEBHOOK_PORT:-9000}",
            description = "port of the bench's webhook receiver; on this machine the stack must allow it: "
                    + "./baytrack up --webhook-loopback-port PORT (default ${DEFAULT-VALUE})")
    int webhookPort;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where `up` wrote the keys (env BAYTRACK_HOME)")
    Path dataDirOption;

    private PrintWriter console;

    @Override
    public Integer call() throws Exception {
        console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Endpoints endpoints = urls.endpoints(dataDirOption);
        BaytrackClient client = new BaytrackClient(endpoints);
        for (Service s : Service.values()) {
            if (!client.health(s).up()) {
                err.println("error: " + s.module() + " is not ready at " + endpoints.url(s)
                        + ". Start the stack with ./baytrack up --detach (or point " + s.urlVariable() + " at it).");
                return 2;
            }
        }
        if (endpoints.keys().adminKey().isEmpty()) {
            err.println("error: the bench registers projects and a subscription, which needs the admin key: set "
                    + "BAYTRACK_ADMIN_KEY, pass --admin-key-file, or start the stack with ./baytrack up (it writes "
                    + "<data dir>/admin-key)");
            return 2;
        }
        if (docs < 1 || rate < 0 || concurrency < 1 || projectCount < 1 || projectCount > BenchProjects.MAX_PROJECTS) {
            err.println("error: --docs must be at least 1, --rate 0 or more, --concurrency at least 1, --projects 1 to "
                    + BenchProjects.MAX_PROJECTS);
            return 2;
        }
        String loadBefore = loadAverage();
        double uptime = youngestServiceUptime(client);
        BenchHttp http = new BenchHttp(endpoints);
        AlertLedger ledger = new AlertLedger();
        long generatorSeed = seed != null ? seed : System.nanoTime();
        Cleanup cleanup = new Cleanup(new BenchProjects(endpoints), http, err);
        Thread hook = new Thread(cleanup, "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        ObjectNode report = BaytrackClient.JSON.createObjectNode();
        try (WebhookReceiver receiver = new WebhookReceiver(webhookHost, webhookPort, ledger)) {
            List<BenchProject> projects = registerProjects(cleanup.projects, http, generatorSeed);
            cleanup.subscription = subscribe(client, receiver, projects);
            startSse(client, ledger);
            say("Bench: %d documents at %s over %d bench projects; webhook %s (subscription %s); load %s",
                    docs, rate == 0 ? "full speed" : rate + " docs/s", projects.size(), receiver.url(),
                    cleanup.subscription, loadBefore);
            SyntheticDocuments generator = new SyntheticDocuments(projects, generatorSeed);

            prime(client, generator, ledger);

            List<SyntheticDocument> all = generator.measured(warmup + docs);
            if (warmup > 0) {
                // A freshly started stack runs cold code (JIT, caches, pools): warm it with the same kind of load.
                List<Entry> warm = all.subList(0, warmup).stream().map(ledger::register).toList();
                say("Warming up with %d documents ...", warmup);
                double measuredRate = rate;
                rate = 0;
                long w0 = System.nanoTime();
                TrackerProgress warmTracked = new TrackerProgress(http, warm.size());
                warmTracked.start(w0);
                send(client, warm);
                int measuredDrain = drainTimeout;
                // At full speed some warm-up documents are overtaken by later ones of their project (no alert): don't wait long.
                drainTimeout = Math.min(drainTimeout, 5);
                drain(warm, w0, warmTracked);
                // and the measured run starts on an idle pipeline, not behind the warm-up's backlog
                warmTracked.awaitDone(Duration.ofSeconds(drainTimeout));
                drainTimeout = measuredDrain;
                rate = measuredRate;
                say("  warm-up done in %.1f s", (System.nanoTime() - w0) / 1e9);
            }
            List<Entry> entries = all.subList(warmup, all.size()).stream().map(ledger::register).toList();
            TrackerProgress tracked = new TrackerProgress(http, entries.size());
            StageBreakdown.Clock clock = StageBreakdown.Clock.now();
            long t0 = System.nanoTime();
            tracked.start(t0);
            send(client, entries);
            long sendEnd = System.nanoTime();
            drain(entries, t0, tracked);
            tracked.awaitDone(Duration.ofSeconds(drainTimeout));
            long lastAlert = entries.stream().mapToLong(e -> e.webhookNanos).max().orElse(0);

            checkCatalog(client, entries);
            Outcome outcome = classify(http, entries);
            double sendSeconds = (sendEnd - t0) / 1e9;
            double processSeconds = (Math.max(lastAlert, sendEnd) - t0) / 1e9;
            int alerted = (int) entries.stream().filter(Entry::alerted).count();
            LatencyRecorder latency = new LatencyRecorder();
            entries.stream().filter(Entry::alerted).forEach(e -> latency.record(e.latencyNanos()));
            LatencyRecorder sseLatency = new LatencyRecorder();
            entries.stream().filter(e -> e.sseNanos != 0).forEach(e -> sseLatency.record(e.sseNanos - e.sentNanos));
            String loadAfterPipeline = loadAverage();
            Map<String, LatencyRecorder> stages = null;
            try {
                stages = StageBreakdown.measure(kafkaBootstrap(), clock.epochMillis(t0) - 1_000, entries, clock);
            } catch (RuntimeException e) {
                err.println("warning: could not read the stage timestamps from Kafka: " + e.getMessage());
            }

            KafkaFloor.Result floor = null;
            if (floorSeconds > 0) {
                double floorRate = rate > 0 ? rate : 200;
                int count = (int) Math.max(50, floorRate * floorSeconds);
                say("Kafka floor: %d messages at %.0f/s through 3 throw-away topics ...", count, floorRate);
                floor = new KafkaFloor(kafkaBootstrap()).run(3, count, floorRate, 1500, Duration.ofSeconds(60));
            }
            ReadLoad.Result read = null;
            if (readSeconds > 0) {
                List<String> paths = projects.stream().map(p -> "/projects/" + p.id()).toList();
                say("Read load: GET /projects/{id} at %d requests/s for %d s after %d s of warm-up ...", readRps,
                        readSeconds, readWarmup);
                read = new ReadLoad().run(endpoints.url(Service.TRACKER), paths, readRps,
                        Duration.ofSeconds(readWarmup), Duration.ofSeconds(readSeconds), 32);
            }

            report.put("docs", docs);
            report.put("rate", rate);
            if (!Double.isNaN(uptime)) {
                report.put("service_uptime_s", Math.round(uptime));
            }
            report.put("warmup_docs", warmup);
            // Documents fully processed, ingest to tracker: the tracker's own count of applied articles, from the
            // first POST until it has applied all of them (alerts alone undercount at full speed, see superseded).
            double throughput = tracked.docsPerSecond();
            report.put("throughput_docs_per_s", round1(throughput >= 0 ? throughput : alerted / processSeconds));
            report.put("tracked_docs", tracked.tracked());
            report.put("tracked_seconds", round1(tracked.seconds()));
            report.put("alerts_per_s", round1(alerted / processSeconds));
            report.put("lost", outcome.lost);
            report.put("duplicate_alerts", ledger.duplicateWebhooks() + ledger.extraAlerts());
            ObjectNode lat = report.putObject("latency_ms");
            putPercentiles(lat, latency.count() > 0 ? latency.percentiles() : null, true);
            ObjectNode fl = report.putObject("kafka_floor_ms");
            putPercentiles(fl, floor != null && floor.latency().count() > 0 ? floor.latency() : null, false);
            if (floor != null && floor.latency().count() > 0 && latency.count() > 0) {
                report.put("p99_over_floor", round1(latency.percentiles().percentile(99)
                        / (double) Math.max(1, floor.latency().percentile(99))));
            } else {
                report.putNull("p99_over_floor");
            }
            if (stages != null) {
                ObjectNode st = report.putObject("stages_ms");
                stages.forEach((stage, recorder) -> putPercentiles(st.putObject(stage),
                        recorder.count() > 0 ? recorder.percentiles() : null, true));
            }
            report.put("sent", (int) entries.stream().filter(e -> e.documentId != null).count());
            report.put("ingest_errors", outcome.ingestErrors);
            report.put("not_cataloged", outcome.notCataloged);
            report.put("alerts", alerted);
            report.put("missing_alerts", outcome.missingAlerts);
            report.put("superseded", outcome.superseded);
            report.put("merged_as_reprints", outcome.reprints);
            report.put("article_mismatches", outcome.articleMismatch);
            report.put("unmatched_alerts", ledger.unmatchedWebhooks());
            report.put("bad_signatures", ledger.badSignatures());
            report.put("sse_alerts", (int) entries.stream().filter(e -> e.sseNanos != 0).count());
            ObjectNode sse = report.putObject("sse_latency_ms");
            putPercentiles(sse, sseLatency.count() > 0 ? sseLatency.percentiles() : null, true);
            report.put("send_seconds", round1(sendSeconds));
            report.put("send_rate_docs_per_s", round1(entries.size() / sendSeconds));
            report.put("process_seconds", round1(processSeconds));
            report.put("projects", projects.size());
            if (floor != null) {
                fl.put("messages", floor.sent());
                fl.put("received", floor.received());
                fl.put("rate", rate > 0 ? rate : 200);
            }
            if (read != null) {
                ObjectNode r = report.putObject("read_projects_ms");
                r.put("target_rps", readRps);
                r.put("warmup_s", readWarmup);
                r.put("achieved_rps", round1(read.achievedRps()));
                r.put("requests", read.requests());
                r.put("errors", read.errors());
                putPercentiles(r, read.latency(), true);
                ObjectNode s = r.putObject("service_time");
                putPercentiles(s, read.service(), true);
            }
            report.put("load_before", loadBefore);
            report.put("load_after_pipeline", loadAfterPipeline);
            report.put("load_after", loadAverage());
            report.put("finished_at", Instant.now().toString());

            printTable(report);
            if (out != null) {
                Files.writeString(out, BaytrackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report)
                        + "\n", StandardCharsets.UTF_8);
                say("Report written to %s", out);
            }
            return outcome.lost == 0 && report.get("duplicate_alerts").asInt() == 0 ? 0 : 1;
        } finally {
            cleanup.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook has run the cleanup, or is running it
            }
        }
    }

    /**
     * Removes what the bench added: its subscription and its projects (which takes them off the board with their
     * timelines). Runs at the end of the run and from a shutdown hook when the run is interrupted; once.
     */
    static final class Cleanup implements Runnable {
        final BenchProjects projects;
        private final BenchHttp http;
        private final PrintWriter err;
        volatile String subscription;
        private boolean done;

        Cleanup(BenchProjects projects, BenchHttp http, PrintWriter err) {
            this.projects = projects;
            this.http = http;
            this.err = err;
        }

        @Override
        public synchronized void run() {
            if (done) {
                return;
            }
            done = true;
            if (subscription != null) {
                try {
                    http.deleteSubscription(subscription);
                } catch (RuntimeException e) {
                    err.println("warning: could not delete the bench subscription " + subscription + ": " + e.getMessage());
                }
            }
            List<String> left = projects.deleteAll(Duration.ofSeconds(60));
            if (!left.isEmpty()) {
                err.println("warning: could not remove the bench projects " + String.join(", ", left)
                        + "; remove them with DELETE /entities/{id} on the catalog");
            }
            err.flush();
        }
    }

    /**
     * A webhook subscription to the bench projects only (the notification service learns them from the entity
     * topic, so a first attempt may find them unknown).
     */
    public static String subscribe(BaytrackClient client, WebhookReceiver receiver, List<BenchProject> projects)
            throws InterruptedException {
        ObjectNode body = BaytrackClient.JSON.createObjectNode();
        var ids = body.putArray("projects");
        projects.forEach(p -> ids.add(p.id()));
        body.put("historical", true);
        body.putObject("webhook").put("url", receiver.url()).put("secret", receiver.secret());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return BaytrackClient.text(client.subscribe(body), "id");
            } catch (ApiException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * Registers the bench's own projects, named from a random tag, and keeps those whose synthetic sentences the
     * catalog's analysis reads as exactly the expected forecast. Their documents start {@code perProject + 5} days
     * ago, so the run ends by today, and forecast three years later.
     */
    private List<BenchProject> registerProjects(BenchProjects bench, BenchHttp http, long generatorSeed)
            throws InterruptedException {
        int perProject = (docs + warmup) / projectCount + 2;
        LocalDate firstPublished = LocalDate.now().minusDays(perProject + 5);
        String tag = BenchProjects.randomTag(new java.util.SplittableRandom(generatorSeed));
        List<BenchProject> candidates = BenchProjects.define(tag, projectCount, firstPublished, firstPublished.plusYears(3));
        say("Registering %d bench projects (%s%s-*) ...", candidates.size(), BenchProjects.ID_PREFIX, tag);
        bench.register(candidates);
        bench.awaitFollowed(Duration.ofSeconds(60));
        SyntheticDocuments probe = new SyntheticDocuments(candidates, 1);
        List<BenchProject> chosen = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (BenchProject p : candidates) {
            boolean ok = true;
            for (int k = 0; k < 3 && ok; k++) {
                SyntheticDocument d = probe.document(0, p, k);
                ok = http.analyzeGivesForecast(d.text(), d.published(), p.id(), d.forecast().toString());
            }
            if (ok) {
                chosen.add(p);
            } else {
                dropped.add(p.id());
            }
        }
        if (!dropped.isEmpty()) {
            say("  (left out %d project(s) whose synthetic sentences the analysis does not read as one forecast: %s)",
                    dropped.size(), String.join(", ", dropped));
        }
        if (chosen.isEmpty()) {
            throw new ApiException(0, "the analysis reads no bench project's synthetic sentences as one forecast");
        }
        return chosen;
    }

    /** Document 0 of each project, so each measured document is a plain slip of an existing forecast. */
    private void prime(BaytrackClient client, SyntheticDocuments generator, AlertLedger ledger)
            throws InterruptedException {
        List<Entry> primers = generator.projects().stream().map(generator::priming).map(ledger::register).toList();
        say("Priming %d projects ...", primers.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, 8));
        for (Entry e : primers) {
            pool.submit(() -> post(client, e));
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (primers.stream().anyMatch(e -> !e.alerted() && e.documentId != null) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long missing = primers.stream().filter(e -> !e.alerted()).count();
        if (missing > 0) {
            say("  warning: %d priming document(s) gave no alert within 120 s", missing);
        }
        // Let the stream settle: any change the primers caused besides their own alert is done by now.
        Thread.sleep(1000);
    }

    private void send(BaytrackClient client, List<Entry> entries) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "bench-send");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        long lastReport = t0;
        if (rate > 0) {
            for (int i = 0; i < entries.size(); i++) {
                long due = t0 + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Entry e = entries.get(i);
                pool.submit(() -> post(client, e));
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
                        post(client, entries.get(i));
                    }
                });
            }
        }
        pool.shutdown();
        while (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
            progress(entries, t0);
        }
    }

    private static void post(BaytrackClient client, Entry e) {
        SyntheticDocument d = e.doc;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("published", d.published().toString());
        query.put("source", d.source());
        query.put("title", d.title());
        query.put("url", d.url());
        e.sentNanos = System.nanoTime();
        try {
            var result = client.ingest(d.text().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", query);
            e.acceptedNanos = System.nanoTime();
            if (result.rejected()) {
                e.ingestError = result.detail();
            } else {
                e.documentId = result.id();
            }
        } catch (RuntimeException ex) {
            e.ingestError = ex.getMessage();
        }
    }

    /**
     * Waits for the alerts: until every document has one, no new one came for {@code drainTimeout} seconds, or the
     * tracker applied every document and none came for {@link #SETTLE_SECONDS} (the rest were superseded or merged
     * as reprints, which {@link #classify} checks; waiting the full timeout for them only made runs longer).
     */
    private void drain(List<Entry> entries, long t0, TrackerProgress tracked) throws InterruptedException {
        long lastProgress = System.nanoTime();
        int lastCount = -1;
        long lastPrint = 0;
        while (true) {
            int alerted = (int) entries.stream().filter(Entry::alerted).count();
            int expected = (int) entries.stream().filter(e -> e.documentId != null).count();
            if (alerted >= expected) {
                break;
            }
            if (alerted != lastCount) {
                lastCount = alerted;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(drainTimeout)) {
                say("  no new alert for %d s; %d of %d documents alerted", drainTimeout, alerted, expected);
                break;
            } else if (tracked != null && tracked.allApplied()
                    && System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(SETTLE_SECONDS)) {
                say("  the tracker applied every document and no alert came for %d s; %d of %d documents alerted",
                        SETTLE_SECONDS, alerted, expected);
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
        long sent = entries.stream().filter(e -> e.acceptedNanos != 0).count();
        long alerted = entries.stream().filter(Entry::alerted).count();
        double s = (System.nanoTime() - t0) / 1e9;
        say("  %5.1f s  sent %d/%d  alerted %d  (%.0f alerts/s)  load %s", s, sent, entries.size(), alerted,
                alerted / s, loadAverage());
    }

    /**
     * The services run the full JIT, whose C2 compiler spends the first minutes of load compiling: a bench then
     * measures compilation as much as the pipeline (measured: 75 docs/s right after start-up, 189 once warm). Says
     * so when the youngest service started less than five minutes ago.
     */
    private double youngestServiceUptime(BaytrackClient client) {
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
            say("note: a service started %.0f s ago; its JIT compiler needs a few minutes of load to warm up, so this "
                    + "run will look slower than a warm stack (run a full-speed bench first to warm it)", youngest);
        }
        return youngest;
    }

    /** Every document must have reached the catalog: its GET /articles?document={id} names the article. */
    private void checkCatalog(BaytrackClient client, List<Entry> entries) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (Entry e : entries) {
            if (e.documentId == null) {
                continue;
            }
            pool.submit(() -> {
                for (int attempt = 0; attempt < 3; attempt++) {
                    try {
                        e.catalogArticleId = client.articleOfDocument(e.documentId);
                        if (e.catalogArticleId != null) {
                            return;
                        }
                        Thread.sleep(1000);
                    } catch (RuntimeException ex) {
                        // counted as not cataloged below
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

    record Outcome(int ingestErrors, int notCataloged, int missingAlerts, int superseded, int reprints,
                   int articleMismatch, int lost) {
    }

    /**
     * Lost: not accepted, never cataloged, or no alert although the tracker had no newer forecast for the project
     * when it read it. Superseded: the document reached the tracker after a later document of the same project had
     * already moved the forecast past it (it joined the timeline as history, which is the tracker's rule), shown
     * by that later alert's previous forecast being older than this document's and by the document's article on
     * the project's timeline.
     */
    private Outcome classify(BenchHttp http, List<Entry> entries) {
        int ingestErrors = 0;
        int notCataloged = 0;
        int missing = 0;
        int superseded = 0;
        int mismatch = 0;
        int reprints = 0;
        int lost = 0;
        Map<String, List<Entry>> byProject = entries.stream().collect(Collectors.groupingBy(e -> e.doc.project().id()));
        Map<String, String> timelines = new HashMap<>();
        for (Entry e : entries) {
            if (e.documentId == null) {
                ingestErrors++;
                lost++;
                continue;
            }
            if (e.catalogArticleId == null) {
                notCataloged++;
                lost++;
                continue;
            }
            if (e.alerted()) {
                if (e.alertArticleId != null && !e.alertArticleId.equals(e.catalogArticleId)) {
                    mismatch++;
                }
                continue;
            }
            missing++;
            if (!e.catalogArticleId.equals("art-" + (e.documentId.startsWith("doc-") ? e.documentId.substring(4) : e.documentId))) {
                // The catalog judged it a reprint of another story (MinHash); the tracker then counts the story once.
                reprints++;
                say("  merged as a reprint: document %s -> article %s (%s)", e.documentId, e.catalogArticleId, e.doc.key());
                continue;
            }
            String forecast = e.doc.forecast().toString();
            boolean overtaken = byProject.get(e.doc.project().id()).stream().anyMatch(o -> o.alerted()
                    && o.doc.k() > e.doc.k() && o.alertPreviousForecast != null
                    && o.alertPreviousForecast.compareTo(forecast) < 0);
            String timeline = overtaken ? timelines.computeIfAbsent(e.doc.project().id(), http::timeline) : "";
            if (overtaken && timeline.contains(e.catalogArticleId)) {
                superseded++;
            } else {
                lost++;
                say("  lost: document %s article %s %s (overtaken %s)", e.documentId, e.catalogArticleId, e.doc.key(), overtaken);
            }
        }
        if (ingestErrors > 0) {
            entries.stream().filter(e -> e.ingestError != null).limit(3)
                    .forEach(e -> say("  ingest error: %s", e.ingestError));
        }
        return new Outcome(ingestErrors, notCataloged, missing, superseded, reprints, mismatch, lost);
    }

    private void printTable(JsonNode r) {
        JsonNode lat = r.get("latency_ms");
        JsonNode fl = r.get("kafka_floor_ms");
        say("");
        say("%-40s %s", "documents sent / alerted", r.get("sent").asInt() + " / " + r.get("alerts").asInt());
        say("%-40s %s", "send rate (docs/s)", r.get("send_rate_docs_per_s"));
        say("%-40s %s  (%s docs over %s s; alerts %s/s)", "throughput, ingest to tracker (docs/s)", r.get("throughput_docs_per_s"),
                r.get("tracked_docs"), r.get("tracked_seconds"), r.get("alerts_per_s"));
        if (r.get("rate").asDouble() == 0) {
            shortRunAdvice(r.get("tracked_seconds").asDouble(), r.get("throughput_docs_per_s").asDouble())
                    .ifPresent(advice -> say("%s", advice));
        }
        say("%-40s %s", "lost / duplicate alerts", r.get("lost") + " / " + r.get("duplicate_alerts"));
        say("%-40s %s", "ingest errors / not cataloged", r.get("ingest_errors") + " / " + r.get("not_cataloged"));
        say("%-40s %s", "no alert: superseded / merged as reprint", r.get("superseded") + " / " + r.get("merged_as_reprints"));
        say("%-40s p50 %s  p95 %s  p99 %s  max %s", "POST /documents -> webhook alert (ms)", lat.get("p50"),
                lat.get("p95"), lat.get("p99"), lat.get("max"));
        JsonNode sse = r.get("sse_latency_ms");
        say("%-40s p50 %s  p99 %s  (%s events)", "POST /documents -> SSE event (ms)", sse.get("p50"), sse.get("p99"),
                r.get("sse_alerts"));
        if (r.has("stages_ms")) {
            r.get("stages_ms").fields().forEachRemaining(stage -> say("%-40s p50 %s  p95 %s  p99 %s",
                    "  of which " + stage.getKey() + " (ms)", stage.getValue().get("p50"), stage.getValue().get("p95"),
                    stage.getValue().get("p99")));
        }
        say("%-40s p50 %s  p99 %s", "Kafka floor, 3 hops (ms)", fl.get("p50"), fl.get("p99"));
        say("%-40s %s", "p99 / floor p99", r.get("p99_over_floor"));
        if (r.has("read_projects_ms")) {
            JsonNode rd = r.get("read_projects_ms");
            say("%-40s p50 %s  p99 %s  max %s  (%s rps achieved, %s errors; service time p99 %s)",
                    "GET /projects/{id} at " + rd.get("target_rps") + " rps (ms)", rd.get("p50"), rd.get("p99"),
                    rd.get("max"), rd.get("achieved_rps"), rd.get("errors"), rd.path("service_time").get("p99"));
        }
        say("%-40s %s -> %s", "load average (1/5/15 min)", r.get("load_before"), r.get("load_after"));
    }

    private static void putPercentiles(ObjectNode node, Percentiles p, boolean full) {
        if (p == null) {
            node.putNull("p50");
            node.putNull("p99");
            return;
        }
        node.put("p50", Percentiles.millis(p.percentile(50)));
        if (full) {
            node.put("p95", Percentiles.millis(p.percentile(95)));
        }
        node.put("p99", Percentiles.millis(p.percentile(99)));
        node.put("max", Percentiles.millis(p.max()));
        node.put("count", p.count());
    }

    private void startSse(BaytrackClient client, AlertLedger ledger) {
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
                say("  (SSE stream ended: %s)", e.getMessage());
            }
        }, "bench-sse");
        t.setDaemon(true);
        t.start();
    }

    private String kafkaBootstrap() {
        if (kafka != null && !kafka.isBlank()) {
            return kafka;
        }
        String env = System.getenv("BAYTRACK_KAFKA_BOOTSTRAP");
        return env != null && !env.isBlank() ? env : "localhost:9092";
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Sustained throughput is a figure over at least this long; a shorter full-speed run mostly measures its ramp. */
    static final double SUSTAINED_SECONDS = 60;

    /** What to run instead when a full-speed run was over before SUSTAINED_SECONDS. */
    static Optional<String> shortRunAdvice(double seconds, double docsPerSecond) {
        if (seconds >= SUSTAINED_SECONDS || docsPerSecond <= 0) {
            return Optional.empty();
        }
        long enough = (long) Math.ceil(docsPerSecond * SUSTAINED_SECONDS * 1.2 / 1000) * 1000;
        return Optional.of(String.format(Locale.ROOT, "note: the run lasted %.1f s, under the %.0f s a sustained "
                + "figure needs; at this speed --docs %d lasts long enough", seconds, SUSTAINED_SECONDS, enough));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private synchronized void say(String format, Object... args) {
        console.println(args.length == 0 ? format : String.format(format, args));
        console.flush();
    }
}
