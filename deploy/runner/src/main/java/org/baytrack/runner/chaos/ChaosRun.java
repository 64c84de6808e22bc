package org.baytrack.runner.chaos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Progress;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.synthetic.AlertLedger;
import org.baytrack.runner.synthetic.BenchProjects;
import org.baytrack.runner.synthetic.SyntheticDocuments;
import org.baytrack.runner.synthetic.SyntheticDocuments.BenchProject;
import org.baytrack.runner.synthetic.SyntheticDocuments.SyntheticDocument;
import org.baytrack.runner.webhook.WebhookReceiver;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One chaos run: its own stack, its own projects and subscription, the documents sent while the kill plan runs,
 * then the wait for the pipeline to drain and the audit of what arrived. {@code ./baytrack chaos} and ChaosIT run it.
 */
public final class ChaosRun {
    /** What to run; see {@code ChaosCommand} for each. */
    public record Options(Path projectRoot, int docs, double rate, int kills, long seed, int projects,
                          int concurrency, double minGapSeconds, Duration drainTimeout, boolean keepData) {
    }

    /** A kill as it happened: planned and actual second, the pid killed, seconds until the target answered again. */
    record Done(KillPlan.Kill kill, double atSeconds, long pid, double recoveredSeconds) {
    }

    private final Options options;
    private final PrintWriter out;

    public ChaosRun(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs it and returns the report (see README); {@code lost} and {@code duplicates} 0 is a pass. */
    public ObjectNode run() throws Exception {
        long started = System.nanoTime();
        try (ChaosStack chaos = ChaosStack.start(options.projectRoot(), options.keepData(), Progress.to(out, false))) {
            StackConfig config = chaos.stack().config();
            say("Chaos stack in %s, on its own ports (Kafka %s, PostgreSQL pid %s)", chaos.dataDir(),
                    chaos.stack().kafkaBootstrapServers(), chaos.stack().postgresPid().map(String::valueOf).orElse("?"));
            Endpoints endpoints = Endpoints.of(config);
            BaytrackClient client = new BaytrackClient(endpoints);
            List<BenchProject> projects = registerProjects(client);
            AlertLedger ledger = new AlertLedger();
            try (WebhookReceiver receiver = WebhookReceiver.withNewSecret("127.0.0.1", chaos.webhookPort(), ledger::onWebhook);
                 ResumingStream stream = new ResumingStream(client)) {
                client.subscribeWebhook(projects.stream().map(BenchProject::id).toList(), receiver.url(),
                        receiver.secret(), Duration.ofSeconds(30));
                List<SyntheticDocument> documents = new SyntheticDocuments(projects, options.seed()).measured(options.docs());
                documents.forEach(ledger::register);
                double sendSeconds = options.rate() > 0 ? options.docs() / options.rate() : options.docs() / 50.0;
                List<KillPlan.Kill> plan = KillPlan.of(options.kills(), sendSeconds, options.minGapSeconds(), options.seed());
                say("Sending %d documents at %s over %d projects; %d kills planned: %s", options.docs(),
                        options.rate() > 0 ? options.rate() + "/s" : "full speed", projects.size(), plan.size(),
                        plan.stream().map(k -> k.target().label() + "@" + k.atSeconds() + "s").toList());

                ChaosLoad load = new ChaosLoad(client);
                List<Done> kills = new CopyOnWriteArrayList<>();
                long t0 = System.nanoTime();
                Thread killer = new Thread(() -> runPlan(chaos, plan, t0, kills), "chaos-kills");
                Throwable[] killFailure = {null};
                killer.setUncaughtExceptionHandler((t, e) -> killFailure[0] = e);
                killer.start();
                Thread progress = progress(load, documents.size(), t0);
                var firstHalf = documents.subList(0, documents.size() / 2);
                load.send(firstHalf, options.rate(), options.concurrency());
                var oversized = load.sendOversized();
                say("  a 10 MB document of quotes and control characters: %d %s", oversized.httpStatus(),
                        oversized.detail() != null ? oversized.detail() : oversized.status());
                load.send(documents.subList(firstHalf.size(), documents.size()), options.rate(), options.concurrency());
                killer.join();
                progress.interrupt();
                if (killFailure[0] != null) {
                    throw new IllegalStateException("a restart failed: " + killFailure[0].getMessage(), killFailure[0]);
                }
                say("  all sent in %.1f s (%d accepted, %d refused, %d retries); %d kills done; draining ...",
                        seconds(t0), load.accepted().size(), load.refused(), load.retries(), kills.size());

                ChaosAudit audit = new ChaosAudit(chaos::jdbcUrl, chaos.stack().kafkaBootstrapServers());
                List<String> projectIds = projects.stream().map(BenchProject::id).toList();
                ChaosVerdict verdict = drain(audit, load, projectIds, ledger, stream);
                Map<Service, Integer> unsent = audit.unsent();
                Map<Service, Integer> rejected = audit.rejected();
                Map<String, Long> deadLetters = audit.deadLetters();
                ObjectNode report = report(load, kills, verdict, unsent, rejected, deadLetters, ledger, stream,
                        (System.nanoTime() - started) / 1e9);
                report.putObject("oversized").put("status", oversized.httpStatus()).put("detail", oversized.detail());
                ChaosTable.print(report, out);
                return report;
            }
        }
    }

    private List<BenchProject> registerProjects(BaytrackClient client) throws InterruptedException {
        int perProject = options.docs() / options.projects() + 2;
        LocalDate firstPublished = LocalDate.now().minusDays(perProject + 5);
        String tag = BenchProjects.randomTag(new SplittableRandom(options.seed()));
        List<BenchProject> projects = BenchProjects.define(tag, options.projects(), firstPublished,
                firstPublished.plusYears(3));
        BenchProjects bench = new BenchProjects(client);
        bench.register(projects);
        bench.awaitFollowed(Duration.ofSeconds(60));
        return projects;
    }

    private void runPlan(ChaosStack chaos, List<KillPlan.Kill> plan, long t0, List<Done> done) {
        long readyAt = t0;
        for (KillPlan.Kill kill : plan) {
            try {
                long due = Math.max(t0 + (long) (kill.atSeconds() * 1e9), readyAt + (long) (options.minGapSeconds() * 1e9 / 2));
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                double at = seconds(t0);
                long pid = chaos.kill(kill.target());
                say("  %6.1f s  SIGKILL %s (pid %d)", at, kill.target().label(), pid);
                TimeUnit.MILLISECONDS.sleep((long) (kill.downSeconds() * 1000));
                long restart = System.nanoTime();
                chaos.restart(kill.target());
                readyAt = System.nanoTime();
                double recovered = (readyAt - restart) / 1e9;
                say("  %6.1f s  %s back after %.1f s down and %.1f s to start", seconds(t0), kill.target().label(),
                        kill.downSeconds(), recovered);
                done.add(new Done(kill, Math.round(at * 10) / 10.0, pid, Math.round(recovered * 10) / 10.0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Waits until every accepted document is cataloged, every outbox is empty and every status change the tracker
     * recorded has reached the webhook and the stream, unchanged for a few seconds; or until the drain timeout.
     */
    private ChaosVerdict drain(ChaosAudit audit, ChaosLoad load, List<String> projectIds, AlertLedger ledger,
                               ResumingStream stream) throws Exception {
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        long t0 = System.nanoTime();
        long settledSince = 0;
        int lastExpected = -1;
        long lastSay = 0;
        while (true) {
            ChaosVerdict verdict = verdict(audit, load, projectIds, ledger, stream);
            long lag = audit.consumerLag();
            boolean drained = verdict.lost() == 0 && lag == 0
                    && audit.unsent().values().stream().allMatch(n -> n == 0);
            if (drained && verdict.expectedAlerts() == lastExpected) {
                if (settledSince == 0) {
                    settledSince = System.nanoTime();
                } else if (System.nanoTime() - settledSince > TimeUnit.SECONDS.toNanos(5)) {
                    return verdict;
                }
            } else {
                settledSince = 0;
            }
            lastExpected = verdict.expectedAlerts();
            if (System.nanoTime() > deadline) {
                say("  still not drained after %d s", options.drainTimeout().toSeconds());
                return verdict;
            }
            if (System.nanoTime() - lastSay > 10e9) {
                lastSay = System.nanoTime();
                say("  %5.1f s  cataloged %d/%d  alerts %d: webhook %d, stream %d  (records not yet consumed %d)",
                        seconds(t0), verdict.cataloged(), verdict.accepted(), verdict.expectedAlerts(),
                        verdict.delivered(), verdict.expectedAlerts() - verdict.notStreamed(), lag);
            }
            Thread.sleep(1000);
        }
    }

    private static ChaosVerdict verdict(ChaosAudit audit, ChaosLoad load, List<String> projectIds, AlertLedger ledger,
                                        ResumingStream stream) throws Exception {
        var accepted = load.accepted().values();
        return ChaosVerdict.of(accepted, audit.articlesPerDocument(accepted), audit.statusChanges(projectIds),
                ledger.webhookEventIds(), ledger.duplicateWebhooks(), stream.eventIds(), ledger.extraAlerts());
    }

    private ObjectNode report(ChaosLoad load, List<Done> kills, ChaosVerdict v, Map<Service, Integer> unsent,
                              Map<Service, Integer> rejected, Map<String, Long> deadLetters, AlertLedger ledger,
                              ResumingStream stream, double seconds) {
        ObjectNode r = BaytrackClient.JSON.createObjectNode();
        r.put("docs", options.docs());
        r.put("rate", options.rate());
        r.put("seed", options.seed());
        r.put("projects", options.projects());
        ArrayNode k = r.putArray("kills");
        kills.forEach(d -> k.addObject().put("target", d.kill().target().label()).put("at_s", d.atSeconds())
                .put("planned_s", d.kill().atSeconds()).put("down_s", d.kill().downSeconds())
                .put("restart_s", d.recoveredSeconds()).put("pid", d.pid()));
        r.put("accepted", v.accepted());
        r.put("refused", load.refused());
        r.put("ingest_retries", load.retries());
        r.put("cataloged", v.cataloged());
        r.put("not_cataloged", v.notCataloged());
        r.put("cataloged_twice", v.catalogedTwice());
        r.put("expected_alerts", v.expectedAlerts());
        r.put("delivered", v.delivered());
        r.put("not_delivered", v.notDelivered());
        r.put("streamed", v.expectedAlerts() - v.notStreamed());
        r.put("not_streamed", v.notStreamed());
        r.put("stream_reconnects", stream.reconnects());
        r.put("stream_repeats", stream.repeats());
        r.put("webhook_repeats", v.deliveredTwice());
        r.put("alerted_twice", v.alertedTwice());
        r.put("unexpected_alerts", v.unexpected());
        r.put("bad_signatures", ledger.badSignatures());
        r.put("lost", v.lost());
        r.put("duplicates", v.duplicates());
        ObjectNode o = r.putObject("outbox_unsent");
        unsent.forEach((s, n) -> o.put(s.shortName(), n));
        ObjectNode rj = r.putObject("outbox_rejected");
        rejected.forEach((s, n) -> rj.put(s.shortName(), n));
        r.put("dead_letters", deadLetters.values().stream().mapToLong(Long::longValue).sum());
        ObjectNode dl = r.putObject("dead_letter_topics");
        deadLetters.forEach(dl::put);
        r.put("seconds", Math.round(seconds * 10) / 10.0);
        return r;
    }

    /** Whether the report is a pass: nothing lost, nothing twice, nothing stuck. */
    public static boolean passed(ObjectNode report) {
        int unsent = 0;
        for (var n : report.get("outbox_unsent")) {
            unsent += n.asInt();
        }
        return report.get("lost").asInt() == 0 && report.get("duplicates").asInt() == 0
                && report.get("dead_letters").asLong() == 0 && unsent == 0;
    }

    private Thread progress(ChaosLoad load, int total, long t0) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(10_000);
                    say("  %6.1f s  sent %d/%d  accepted %d  retries %d", seconds(t0), load.done(), total,
                            load.accepted().size(), load.retries());
                }
            } catch (InterruptedException e) {
                // the load is done
            }
        }, "chaos-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private synchronized void say(String format, Object... args) {
        out.println(String.format(java.util.Locale.ROOT, format, args));
        out.flush();
    }
}
