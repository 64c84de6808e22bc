package org.baytrack.bench;

import org.baytrack.runner.BaytrackSubcommand;
import org.baytrack.runner.cli.ServiceUrlOptions;
import org.baytrack.runner.client.BaytrackClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures a running stack: sends N synthetic documents (each moves one project's forecast, so "
                + "each should cause exactly one alert) at a fixed rate, receives the alerts on a local signed webhook "
                + "and the SSE stream, and reports throughput, ingest-to-alert latency, lost and duplicate alerts, "
                + "the raw Kafka floor through three topics on the same broker, and GET /projects/{id} latency under "
                + "a constant read load.",
                "Start the stack first: ./baytrack up --detach --webhook-loopback-port 9000"})
public final class BenchCommand implements Callable<Integer>, BaytrackSubcommand {
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

    // a freshly started stack is still compiling its hot paths (docs/performance.md): the warm-up keeps its slowest
    // documents out of the figures
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

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BenchPlan plan;
        try {
            plan = plan();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        BaytrackClient client = new BaytrackClient(urls.endpoints(dataDirOption));
        Optional<String> unready = BenchRun.unready(client);
        if (unready.isPresent()) {
            err.println("error: " + unready.get());
            return 2;
        }
        Console console = new Console(spec.commandLine().getOut());
        BenchReport report;
        try {
            report = new BenchRun(plan, client, console, err).run();
        } catch (Exception e) {
            // the run cleaned up after itself; what stopped it is all the user needs, without a stack trace
            err.println("error: the bench stopped: " + reason(e));
            return 2;
        }
        ReportTable.print(report, console);
        if (out != null) {
            Files.writeString(out, report.toJson() + "\n", StandardCharsets.UTF_8);
            console.say("Report written to %s", out);
        }
        return report.passed() ? 0 : 1;
    }

    /** The exception's message and those of its causes, or its class where it has none. */
    static String reason(Throwable e) {
        StringBuilder why = new StringBuilder();
        for (Throwable t = e; t != null && why.length() < 500; t = t.getCause()) {
            why.append(why.isEmpty() ? "" : ": ").append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
        }
        return why.toString();
    }

    BenchPlan plan() {
        BenchPlan.ReadPlan read = readSeconds > 0
                ? new BenchPlan.ReadPlan(readRps, Duration.ofSeconds(readWarmup), Duration.ofSeconds(readSeconds)) : null;
        return new BenchPlan(docs, rate, warmup, Duration.ofSeconds(drainTimeout), projectCount, concurrency,
                seed != null ? seed : System.nanoTime(), Duration.ofSeconds(floorSeconds), read, webhookHost,
                webhookPort, kafkaBootstrap());
    }

    private String kafkaBootstrap() {
        if (kafka != null && !kafka.isBlank()) {
            return kafka;
        }
        String env = System.getenv("BAYTRACK_KAFKA_BOOTSTRAP");
        return env != null && !env.isBlank() ? env : "localhost:9092";
    }
}
