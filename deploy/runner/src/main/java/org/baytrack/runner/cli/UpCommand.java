package org.baytrack.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.board.BoardTables;
import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.client.ProcessingWait;
import org.baytrack.runner.ingest.DocumentFiles;
import org.baytrack.runner.ingest.Uploader;
import org.baytrack.runner.stack.PortGuard;
import org.baytrack.runner.stack.ProcessTools;
import org.baytrack.runner.stack.Progress;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.ServiceProcess;
import org.baytrack.runner.stack.Stack;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.stack.StackException;
import org.baytrack.runner.stack.StackKeys;
import org.baytrack.runner.stack.StackLauncher;
import org.baytrack.runner.stack.StackPids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Starts Kafka (9092, controller 9093), PostgreSQL (5432) and an SMTP server (1025) under the data "
                + "folder, then the four services (8081-8084); waits until all are ready, subscribes you@baytrack.local to "
                + "every alert (once per data folder), ingests the sample documents and shows the project board. Runs until Ctrl-C, or in the background with --detach."})
public final class UpCommand implements Callable<Integer> {
    static final String DAEMON_READY = "ready";
    static final String DAEMON_FAILED = "failed";
    static final String LOCAL_MAILBOX = "you@baytrack.local";
    /** Holds the id of the local mailbox's subscription once made; a stack subscribes it only once. */
    static final String LOCAL_MAILBOX_FILE = "local-mailbox-subscription";

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--detach"}, description = "run in the background; return once ready (stop with ./baytrack down)")
    boolean detach;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data, logs and pid files (env BAYTRACK_HOME, default <repo>/.baytrack)")
    Path dataDirOption;

    @Option(names = "--samples", paramLabel = "DIR", description = "documents to ingest once ready (default <repo>/deploy/samples)")
    Path samples;

    @Option(names = "--no-samples", description = "do not ingest the sample documents")
    boolean noSamples;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180", description = "how long to wait for the services (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--webhook-loopback-port", paramLabel = "PORT", description = "a port on this machine that "
            + "webhooks may be sent to (repeat for more); without it, webhooks to loopback addresses are refused")
    List<Integer> webhookLoopbackPorts = new ArrayList<>();

    @Option(names = "--daemon", hidden = true)
    boolean daemon;

    private PrintWriter out;
    private PrintWriter err;
    private volatile boolean stopping;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        Path root = RunnerHome.projectRoot();
        Path dataDir = RunnerHome.dataDir(dataDirOption);
        Files.createDirectories(dataDir.resolve("logs"));

        var runner = ProcessTools.readPid(dataDir.resolve(RunnerHome.RUNNER_PID_FILE))
                .filter(pid -> pid != ProcessHandle.current().pid() && ProcessTools.isAlive(pid)
                        && ProcessTools.commandLine(pid).map(c -> c.contains("org.baytrack.runner") || c.contains("baytrack-runner")).orElse(false));
        if (runner.isPresent()) {
            err.println("A Baytrack stack already runs from " + dataDir + " (runner pid " + runner.get() + ").");
            err.println("Use ./baytrack status to see it, ./baytrack down to stop it.");
            return 1;
        }
        var leftovers = StackPids.leftovers(dataDir);
        if (!leftovers.isEmpty()) {
            out.println("Stopping processes left over from an earlier run: " + leftovers.stream()
                    .map(l -> l.name() + " (pid " + l.pid() + ")").collect(Collectors.joining(", ")));
            StackPids.stop(leftovers);
        }

        for (int port : webhookLoopbackPorts) {
            if (port < 1 || port > 65535) {
                err.println("error: --webhook-loopback-port " + port + " is not a port; use 1 to 65535");
                return 2;
            }
        }
        StackConfig config = StackConfig.defaults(root, dataDir).withReadyTimeout(Duration.ofSeconds(timeoutSeconds))
                .withNotificationSecretKey(RunnerHome.secretKey(dataDir)).withLoopbackWebhookPorts(webhookLoopbackPorts);
        Path sampleDir = samples != null ? samples : root.resolve("deploy/samples");
        if (detach && !daemon) {
            return detach(config);
        }
        return run(config, noSamples ? null : sampleDir);
    }

    /** Runs the stack in this JVM until it is told to stop (Ctrl-C, or SIGTERM from {@code down}). */
    private int run(StackConfig config, Path sampleDir) throws IOException {
        Path dataDir = config.dataDir();
        routeInfrastructureLogs(config.logDir().resolve("infra.log"));
        long t0 = System.nanoTime();
        long pid = ProcessHandle.current().pid();
        Files.writeString(dataDir.resolve(RunnerHome.RUNNER_PID_FILE), pid + "\n");
        writeState(dataDir, "starting");

        AtomicReference<Stack> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(running.get(), config), "baytrack-stop"));

        out.println("Baytrack: starting the stack from " + config.projectRoot() + " (data in " + dataDir + ")");
        Progress progress = Progress.to(out, !daemon && System.console() != null);
        Stack stack;
        try {
            stack = StackLauncher.start(config, progress);
        } catch (StackException e) {
            err.println("error: " + e.getMessage());
            writeState(dataDir, DAEMON_FAILED);
            return e.reason() == StackException.Reason.PORT_IN_USE ? 3 : 1;
        }
        running.set(stack);
        StackPids.write(dataDir, pid, stack);
        out.printf("All %d services ready in %s%n", stack.services().size(), StackLauncher.seconds(System.nanoTime() - t0));
        printConnections(stack);

        BaytrackClient client = new BaytrackClient(Endpoints.of(config));
        if (sampleDir != null && stack.runs(Service.INGEST) && stack.runs(Service.NOTIFICATION)) {
            subscribeLocalMailbox(client, config);
        }
        if (sampleDir != null && stack.runs(Service.INGEST)) {
            ingestSamples(stack, client, sampleDir);
        }
        if (stack.runs(Service.TRACKER)) {
            try {
                out.println();
                out.print(BoardTables.projects(client.projects(), false));
            } catch (ApiException e) {
                err.println("The tracker did not answer GET /projects: " + e.getMessage());
            }
        }
        out.println();
        if (stack.runs(Service.TRACKER)) {
            out.println("Project board in a browser: " + Endpoints.of(config).boardPage());
        }
        if (daemon) {
            out.println("Baytrack runs in the background (runner pid " + pid + "). ./baytrack status shows it, ./baytrack down stops it.");
        } else {
            out.println("Baytrack is up. Press Ctrl-C to stop everything.");
        }
        out.flush();
        writeState(dataDir, DAEMON_READY);
        watchServices(stack);
        return 0;
    }

    /**
     * On a fresh data folder, subscribes {@link #LOCAL_MAILBOX} to every alert before the samples go in, so the
     * first thing {@code ./baytrack mail} shows is the samples' alerts. The samples are old news, hence historical.
     */
    private void subscribeLocalMailbox(BaytrackClient client, StackConfig config) {
        Path marker = config.dataDir().resolve(LOCAL_MAILBOX_FILE);
        if (Files.exists(marker)) {
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode body = BaytrackClient.JSON.createObjectNode();
        body.putArray("projects").add("*");
        body.put("historical", true);
        body.put("email", LOCAL_MAILBOX);
        try {
            JsonNode created = client.subscribe(body);
            Files.writeString(marker, BaytrackClient.text(created, "id") + "\n");
            out.println();
            out.println("Subscribed " + LOCAL_MAILBOX + " to every project's alerts (id " + BaytrackClient.text(created, "id")
                    + "); ./baytrack mail lists what it receives.");
        } catch (ApiException | IOException e) {
            err.println("Could not subscribe " + LOCAL_MAILBOX + ": " + e.getMessage());
        }
    }

    private void ingestSamples(Stack stack, BaytrackClient client, Path sampleDir) {
        try {
            List<Path> files = DocumentFiles.expand(List.of(sampleDir));
            if (files.isEmpty()) {
                return;
            }
            out.println();
            out.println("Ingesting " + files.size() + " sample documents from " + sampleDir + " ...");
            long t = System.nanoTime();
            Uploader.Summary summary = new Uploader(client, null, null, false).upload(files, System.out, false, errStream());
            out.println("  " + summary.line());
            List<String> fresh = summary.acceptedIds();
            if (stack.runs(Service.CATALOG) && !fresh.isEmpty()) {
                int done = ProcessingWait.awaitCataloged(client, fresh, Duration.ofSeconds(90));
                out.printf("  %d of %d new document(s) cataloged  %s%n", done, fresh.size(),
                        StackLauncher.seconds(System.nanoTime() - t));
            }
            if (stack.runs(Service.TRACKER)) {
                ProcessingWait.awaitBoardSettled(client, Duration.ofSeconds(2), Duration.ofSeconds(30));
                out.printf("  tracker up to date  %s%n", StackLauncher.seconds(System.nanoTime() - t));
            }
        } catch (IOException | ApiException e) {
            err.println("Could not ingest the samples: " + e.getMessage());
        }
    }

    private java.io.PrintStream errStream() {
        return new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                err.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                err.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                err.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    private void printConnections(Stack stack) {
        StackConfig c = stack.config();
        out.println();
        out.println("  Kafka bootstrap servers  " + stack.kafkaBootstrapServers());
        out.println("  PostgreSQL               " + c.jdbcUrl(Service.INGEST).replace("/ingest", "/<ingest|catalog|tracker|notification>")
                + "  (user baytrack, password baytrack)");
        for (ServiceProcess p : stack.services()) {
            out.printf("  %-24s %s   (OpenAPI %s/q/openapi, log %s)%n", p.service().module(), p.baseUrl(), p.baseUrl(),
                    c.projectRoot().relativize(p.logFile().toAbsolutePath()).toString().startsWith("..")
                            ? p.logFile() : c.projectRoot().relativize(p.logFile().toAbsolutePath()));
        }
        out.println("  SMTP (GreenMail)         localhost:" + c.smtpPort() + "   (mail kept in " + c.mailDir()
                + "; ./baytrack mail lists it)");
        out.println("  Loopback webhooks        " + (c.loopbackWebhookPorts().isEmpty()
                ? "refused (allow a port with --webhook-loopback-port)" : "allowed to ports " + c.loopbackWebhookPorts()));
        // the paths only: this output also goes to runner.log
        out.println("  Ingest key               in " + StackKeys.ingestFile(c.dataDir()) + "   (posting documents)");
        out.println("  Admin key                in " + StackKeys.adminFile(c.dataDir())
                + "   (entities, subscriptions, deliveries; everything)");
    }

    /** Stays in the foreground, reporting a service that dies; returns never (the shutdown hook ends the JVM). */
    private void watchServices(Stack stack) {
        List<Service> reported = new ArrayList<>();
        while (true) {
            for (ServiceProcess p : stack.services()) {
                if (!stopping && !p.isAlive() && !reported.contains(p.service())) {
                    reported.add(p.service());
                    err.println("! " + p.service().module() + " exited with code " + p.exitValue() + "; see " + p.logFile());
                }
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void shutdown(Stack stack, StackConfig config) {
        stopping = true;
        out.println();
        out.println("Stopping Baytrack ...");
        out.flush();
        long t = System.nanoTime();
        if (stack != null) {
            stack.close();
        } else {
            // Interrupted while starting: stop whatever had started.
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
            ProcessHandle.current().descendants().forEach(h -> ProcessTools.stop(h, Duration.ofSeconds(15)));
            StackPids.stop(StackPids.leftovers(config.dataDir()));
        }
        var left = StackPids.leftovers(config.dataDir());
        if (!left.isEmpty()) {
            StackPids.stop(left);
        }
        for (String f : List.of(RunnerHome.RUNNER_PID_FILE, StackPids.FILE, RunnerHome.STATE_FILE)) {
            try {
                Files.deleteIfExists(config.dataDir().resolve(f));
            } catch (IOException ignored) {
                // best effort
            }
        }
        out.println("Stopped in " + StackLauncher.seconds(System.nanoTime() - t) + ".");
        out.flush();
    }

    /** Starts {@code up --daemon} in its own session and relays its output until it is ready. */
    private int detach(StackConfig config) throws IOException {
        long t0 = System.nanoTime();
        var conflicts = PortGuard.conflicts(config.ports());
        if (!conflicts.isEmpty()) {
            conflicts.forEach(c -> err.println("error: " + c.describe()));
            return 3;
        }
        Path dataDir = config.dataDir();
        Path log = config.logDir().resolve("runner.log");
        Files.deleteIfExists(dataDir.resolve(RunnerHome.STATE_FILE));
        long offset = Files.exists(log) ? Files.size(log) : 0;

        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // own session: no terminal, no Ctrl-C from this shell
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dbaytrack.root=" + config.projectRoot());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.baytrack.runner.Baytrack");
        command.add("up");
        command.add("--daemon");
        command.add("--data-dir=" + dataDir);
        command.add("--timeout=" + timeoutSeconds);
        webhookLoopbackPorts.forEach(port -> command.add("--webhook-loopback-port=" + port));
        if (noSamples) {
            command.add("--no-samples");
        } else if (samples != null) {
            command.add("--samples=" + samples.toAbsolutePath());
        }
        Process p = new ProcessBuilder(command)
                .directory(config.projectRoot().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Files.writeString(dataDir.resolve(RunnerHome.RUNNER_PID_FILE), p.pid() + "\n");
        out.println("Started the stack in the background (runner pid " + p.pid() + ", log " + log + ")");
        out.flush();

        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds + 180L).toNanos();
        while (true) {
            offset = relay(log, offset);
            String state = readState(dataDir);
            if (DAEMON_READY.equals(state)) {
                relay(log, offset);
                out.println("Ready: `./baytrack up --detach` took " + StackLauncher.seconds(System.nanoTime() - t0) + ".");
                return 0;
            }
            if (DAEMON_FAILED.equals(state) || !p.isAlive()) {
                try {
                    p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                relay(log, offset);
                err.println("The background stack did not start (see " + log + ").");
                return p.isAlive() ? 1 : Math.max(1, p.exitValue());
            }
            if (System.nanoTime() > deadline) {
                err.println("The background stack is still not ready; stopping it. See " + log);
                ProcessTools.stop(p.toHandle(), Duration.ofSeconds(60));
                return 1;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
    }

    private long relay(Path log, long offset) throws IOException {
        if (!Files.exists(log)) {
            return offset;
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long length = f.length();
            if (length <= offset) {
                return offset;
            }
            // Only whole lines, so a UTF-8 character is never split.
            f.seek(offset);
            byte[] bytes = new byte[(int) (length - offset)];
            f.readFully(bytes);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (end == 0) {
                return offset;
            }
            out.print(new String(bytes, 0, end, StandardCharsets.UTF_8));
            out.flush();
            return offset + end;
        }
    }

    static void writeState(Path dataDir, String state) {
        try {
            Files.writeString(dataDir.resolve(RunnerHome.STATE_FILE), state + "\n");
        } catch (IOException ignored) {
            // only the detaching parent reads it
        }
    }

    static String readState(Path dataDir) {
        try {
            Path f = dataDir.resolve(RunnerHome.STATE_FILE);
            return Files.exists(f) ? Files.readString(f).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Kafka's and PostgreSQL's own log lines go to a file, not the console. */
    static void routeInfrastructureLogs(Path file) {
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.log.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.state.change.logger", "warn");
    }

    static String describe(JsonNode n) {
        return n == null ? "" : n.toString();
    }
}
