package org.baytrack.e2e;

import org.baytrack.infra.FreePorts;
import org.baytrack.runner.cli.RunnerHome;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Progress;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.Stack;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.stack.StackException;
import org.baytrack.runner.stack.StackKeys;
import org.baytrack.runner.stack.StackLauncher;
import org.baytrack.runner.stack.StackPids;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The whole stack for the suite, started through the same launcher as {@code ./baytrack up} but on free ports and
 * in a temporary folder, so it never collides with a developer's running stack. Stopped after the suite, and by a
 * shutdown hook if the test JVM is told to stop first.
 */
final class E2eStack {
    static final Path ROOT = Path.of(System.getProperty("baytrack.root", "../..")).toAbsolutePath().normalize();
    /** Loopback ports the notification service may send webhooks to: the suites' receivers listen on them. */
    static final int WEBHOOK_PORTS = 2;
    static final Path SEEDS = Path.of(System.getProperty("baytrack.seeds", ROOT.resolve("../shared/seeds").toString()))
            .toAbsolutePath().normalize();

    final Stack stack;
    final BaytrackClient client;
    /** The keys the launcher wrote into the data folder, as a user reads them from .baytrack/. */
    final String ingestKey;
    final String adminKey;
    private final Path dataDir;
    private final Thread hook;

    private E2eStack(Stack stack, Path dataDir) throws IOException {
        this.stack = stack;
        this.ingestKey = Files.readString(StackKeys.ingestFile(dataDir)).strip();
        this.adminKey = Files.readString(StackKeys.adminFile(dataDir)).strip();
        this.dataDir = dataDir;
        this.client = new BaytrackClient(Endpoints.of(stack.config()));
        this.hook = new Thread(this::stop, "e2e-stack-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Fails with what to run when a service's quarkus-app is missing: the suite runs the built services. */
    static void requireBuiltServices() {
        List<String> notBuilt = new ArrayList<>();
        for (Service s : Service.values()) {
            if (!Files.isRegularFile(s.appJar(ROOT))) {
                notBuilt.add(s.appJar(ROOT).toString());
            }
        }
        if (!notBuilt.isEmpty()) {
            throw new AssertionError("The end-to-end suite runs the built services; missing: " + notBuilt
                    + ". Build them first: ./mvnw -DskipTests install (or run ./mvnw verify from the root).");
        }
    }

    static E2eStack start() throws IOException, StackException {
        Path dataDir = Files.createTempDirectory("baytrack-e2e-");
        StackConfig config = StackConfig.onFreePorts(ROOT, dataDir)
                .withNotificationSecretKey(RunnerHome.secretKey(dataDir))
                .withLoopbackWebhookPorts(IntStream.range(0, WEBHOOK_PORTS).mapToObj(i -> FreePorts.next()).toList());
        var out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        out.println("[e2e] starting Kafka, PostgreSQL and the services of " + ROOT + " (data in " + dataDir + ")");
        Stack stack;
        try {
            stack = StackLauncher.start(config, Progress.to(out, false));
        } catch (StackException | RuntimeException e) {
            delete(dataDir);
            throw e;
        }
        out.println("[e2e] ================================================================");
        out.println("[e2e] REAL Kafka broker (in-process KRaft) at bootstrap servers " + stack.kafkaBootstrapServers());
        out.println("[e2e] REAL PostgreSQL " + stack.postgresPid().map(pid -> "(postmaster pid " + pid + ") ").orElse("")
                + "at " + stack.jdbcUrl(Service.INGEST).replace("/ingest", "/{ingest,catalog,tracker,notification}"));
        stack.services().forEach(p -> out.println("[e2e] " + p.service().module() + " pid " + p.pid() + " at "
                + p.baseUrl() + " (log " + p.logFile() + ")"));
        out.println("[e2e] all ready in " + StackLauncher.seconds(stack.startup().toNanos()));
        out.println("[e2e] ================================================================");
        return new E2eStack(stack, dataDir);
    }

    /** The {@code which}-th of the {@link #WEBHOOK_PORTS} loopback ports webhooks may be sent to. */
    int webhookPort(int which) {
        return List.copyOf(stack.config().loopbackWebhookPorts()).get(which);
    }

    /** The stack's data folder: logs, and the mail its SMTP server received. */
    Path dataDir() {
        return dataDir;
    }

    String url(Service service) {
        return stack.baseUrl(service);
    }

    /**
     * Ingests a suite's own short reports (key → published, text) as plain text, each titled and addressed by its key
     * under a made-up source; the document ids, in order.
     */
    List<String> ingestReports(Map<String, String[]> reports) {
        List<String> ids = new ArrayList<>();
        for (var r : reports.entrySet()) {
            var result = client.ingest(r.getValue()[1].getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
                    Map.of("published", r.getValue()[0], "source", "Baytrack 测试稿", "title", "测试报道 " + r.getKey(),
                            "url", "https://example.org/baytrack-test/" + r.getKey()));
            if (result.rejected()) {
                throw new AssertionError("ingest " + r.getKey() + " said: " + result.detail());
            }
            ids.add(result.id());
        }
        return ids;
    }

    /** Stops every service process and the infrastructure; then makes sure nothing it started is left. */
    synchronized void stop() {
        try {
            stack.close();
        } catch (RuntimeException e) {
            System.out.println("[e2e] stopping the stack: " + e);
        }
        ProcessHandle.current().descendants().forEach(h -> {
            h.destroyForcibly();
            System.out.println("[e2e] killed leftover process " + h.pid());
        });
        StackPids.stop(StackPids.leftovers(dataDir));
        delete(dataDir);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook itself
        }
    }

    /** The last lines of every service log, for a failure message. */
    String logs() {
        StringBuilder sb = new StringBuilder();
        stack.services().forEach(p -> sb.append("\n---- ").append(p.service().module()).append(" ----\n")
                .append(p.logTail(15)));
        return sb.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }

    static Duration timeout(String property, int defaultSeconds) {
        return Duration.ofSeconds(Long.getLong(property, defaultSeconds));
    }
}
