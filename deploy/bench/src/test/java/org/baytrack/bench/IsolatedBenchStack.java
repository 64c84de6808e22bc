package org.baytrack.bench;

import org.baytrack.infra.FreePorts;
import org.baytrack.runner.cli.RunnerHome;
import org.baytrack.runner.stack.Progress;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.Stack;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.stack.StackLauncher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: starts a whole stack on free ports under its own data folder (as the end-to-end suite does), so the
 * bench can run while someone else's {@code ./baytrack up} holds the default ports. Writes the environment the
 * bench needs to {@code <data dir>/bench.env} and runs until {@code <data dir>/bench.stop} appears.
 * <pre>java -cp target/classes:target/test-classes:../runner/target/baytrack-runner.jar org.baytrack.bench.IsolatedBenchStack /tmp/bench-stack</pre>
 */
public final class IsolatedBenchStack {
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "/tmp/bench-stack").toAbsolutePath();
        Files.createDirectories(dataDir);
        Files.deleteIfExists(dataDir.resolve("bench.stop"));
        int webhookPort = FreePorts.next();
        StackConfig config = StackConfig.onFreePorts(RunnerHome.projectRoot(), dataDir)
                .withNotificationSecretKey(RunnerHome.secretKey(dataDir)).withLoopbackWebhookPorts(List.of(webhookPort));
        long t0 = System.nanoTime();
        try (Stack stack = StackLauncher.start(config, Progress.to(new java.io.PrintWriter(System.out, true), false))) {
            StringBuilder env = new StringBuilder();
            for (Service s : Service.values()) {
                env.append("export ").append(s.urlVariable()).append('=').append(stack.baseUrl(s)).append('\n');
            }
            env.append("export BAYTRACK_KAFKA_BOOTSTRAP=").append(stack.kafkaBootstrapServers()).append('\n');
            // where the stack's key files are, for the bench to read
            env.append("export BAYTRACK_HOME=").append(dataDir).append('\n');
            env.append("export BAYTRACK_BENCH_WEBHOOK_PORT=").append(webhookPort).append('\n');
            Files.writeString(dataDir.resolve("bench.env"), env);
            System.out.printf("ready in %.1f s; environment in %s%n", (System.nanoTime() - t0) / 1e9, dataDir.resolve("bench.env"));
            stack.services().forEach(p -> System.out.println(p.service().module() + " pid " + p.pid()));
            while (!Files.exists(dataDir.resolve("bench.stop"))) {
                Thread.sleep(500);
            }
        }
        System.out.println("stopped");
    }
}
