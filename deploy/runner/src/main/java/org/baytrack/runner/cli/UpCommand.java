package org.baytrack.runner.cli;

import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Progress;
import org.baytrack.runner.stack.Stack;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.stack.StackException;
import org.baytrack.runner.stack.StackLauncher;
import org.baytrack.runner.stack.StackPids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Starts Kafka (9092, controller 9093), PostgreSQL (5432) and an SMTP server (1025) under the data "
                + "folder, then the four services (8081-8084); waits until all are ready, subscribes you@baytrack.local to "
                + "every alert (once per data folder), ingests the sample documents and shows the project board. Runs until Ctrl-C, or in the background with --detach."})
public final class UpCommand implements Callable<Integer> {
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

    /** Set on the background runner that {@code --detach} starts. */
    @Option(names = "--daemon", hidden = true)
    boolean daemon;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = RunnerHome.projectRoot();
        Path dataDir = RunnerHome.dataDir(dataDirOption);
        Files.createDirectories(dataDir.resolve("logs"));

        if (!StackDaemon.claim(dataDir, out, err)) {
            return 1;
        }
        var notAPort = webhookLoopbackPorts.stream().filter(port -> port < 1 || port > 65535).findFirst();
        if (notAPort.isPresent()) {
            err.println("error: --webhook-loopback-port " + notAPort.get() + " is not a port; use 1 to 65535");
            return 2;
        }
        StackConfig config = StackConfig.defaults(root, dataDir).withReadyTimeout(Duration.ofSeconds(timeoutSeconds))
                .withNotificationSecretKey(RunnerHome.secretKey(dataDir)).withLoopbackWebhookPorts(webhookLoopbackPorts);
        if (detach && !daemon) {
            return StackDaemon.detach(config, daemonArguments(dataDir), timeoutSeconds, out, err);
        }
        return run(config, noSamples ? null : samples != null ? samples : root.resolve("deploy/samples"), out, err);
    }

    /** The options of this {@code up} as its background runner takes them. */
    List<String> daemonArguments(Path dataDir) {
        List<String> args = new ArrayList<>(List.of("--daemon", "--data-dir=" + dataDir, "--timeout=" + timeoutSeconds));
        webhookLoopbackPorts.forEach(port -> args.add("--webhook-loopback-port=" + port));
        if (noSamples) {
            args.add("--no-samples");
        } else if (samples != null) {
            args.add("--samples=" + samples.toAbsolutePath());
        }
        return args;
    }

    /** Runs the stack in this JVM until it is told to stop (Ctrl-C, or SIGTERM from {@code down}). */
    private int run(StackConfig config, Path sampleDir, PrintWriter out, PrintWriter err) throws IOException {
        Path dataDir = config.dataDir();
        InfrastructureLog.routeTo(config.logDir().resolve("infra.log"));
        long t0 = System.nanoTime();
        long pid = ProcessHandle.current().pid();
        StackDaemon.recordRunner(dataDir, pid);
        StackDaemon.markState(dataDir, StackDaemon.STARTING);
        StackWatch watch = new StackWatch(dataDir, out, err);

        out.println("Baytrack: starting the stack from " + config.projectRoot() + " (data in " + dataDir + ")");
        Stack stack;
        try {
            stack = StackLauncher.start(config, Progress.to(out, !daemon && System.console() != null));
        } catch (StackException e) {
            err.println("error: " + e.getMessage());
            StackDaemon.markState(dataDir, StackDaemon.FAILED);
            return e.reason() == StackException.Reason.PORT_IN_USE ? 3 : 1;
        }
        watch.started(stack);
        StackPids.write(dataDir, pid, stack);
        out.printf("All %d services ready in %s%n", stack.services().size(), StackLauncher.seconds(System.nanoTime() - t0));
        StackConnections.print(stack, out);

        BaytrackClient client = new BaytrackClient(Endpoints.of(config));
        new SampleIngest(client, dataDir, out, err).fill(stack::runs, sampleDir);
        ReadySummary.print(stack, client, daemon, out, err);
        StackDaemon.markState(dataDir, StackDaemon.READY);
        watch.watch();
        return 0;
    }
}
