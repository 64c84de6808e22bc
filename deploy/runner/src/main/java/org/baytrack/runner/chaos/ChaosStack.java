package org.baytrack.runner.chaos;

import org.baytrack.infra.FreePorts;
import org.baytrack.infra.KafkaProcess;
import org.baytrack.infra.LocalInfrastructure;
import org.baytrack.runner.cli.RunnerHome;
import org.baytrack.runner.stack.Progress;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.ServiceProcess;
import org.baytrack.runner.stack.Stack;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.stack.StackException;
import org.baytrack.runner.stack.StackLauncher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away stack for one chaos run, on free ports in a temporary folder so it never touches the user's own
 * stack, with the broker in a JVM of its own so that every part can be SIGKILLed and started again.
 */
final class ChaosStack implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Stack stack;
    private final Path dataDir;
    private final boolean keepData;
    private final Thread hook = new Thread(this::close, "chaos-stack-stop");

    private ChaosStack(Stack stack, Path dataDir, boolean keepData) {
        this.stack = stack;
        this.dataDir = dataDir;
        this.keepData = keepData;
        // Ctrl-C: the service JVMs and the broker are processes of their own and would outlive the run
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static ChaosStack start(Path projectRoot, boolean keepData, Progress progress) throws IOException, StackException {
        Path dataDir = Files.createTempDirectory("baytrack-chaos-");
        // the run's webhook receiver listens on loopback: its port is the one the notification service may call
        StackConfig config = StackConfig.onFreePorts(projectRoot, dataDir)
                .withReadyTimeout(READY_TIMEOUT)
                .withNotificationSecretKey(RunnerHome.secretKey(dataDir))
                .withLoopbackWebhookPorts(List.of(FreePorts.next()));
        try {
            return new ChaosStack(StackLauncher.start(config, progress, LocalInfrastructure.KafkaMode.OWN_JVM), dataDir,
                    keepData);
        } catch (StackException | RuntimeException e) {
            delete(dataDir);
            throw e;
        }
    }

    Stack stack() {
        return stack;
    }

    /** The loopback port the stack lets webhooks reach, for the run's receiver. */
    int webhookPort() {
        return stack.config().loopbackWebhookPorts().iterator().next();
    }

    Path dataDir() {
        return dataDir;
    }

    /** SIGKILL to the target (for PostgreSQL, its postmaster and every backend); returns once it is gone. */
    long kill(Target target) {
        return switch (target) {
            case KAFKA -> {
                long pid = kafka().pid();
                kafka().kill();
                yield pid;
            }
            case POSTGRES -> {
                long pid = stack.postgresPid().orElse(-1L);
                stack.infrastructure().postgres().kill();
                yield pid;
            }
            default -> {
                ServiceProcess process = stack.service(target.service().orElseThrow()).orElseThrow();
                process.kill();
                yield process.pid();
            }
        };
    }

    /** Starts the target again as it was (same ports, data and environment) and waits until it answers. */
    void restart(Target target) throws IOException, InterruptedException {
        switch (target) {
            case KAFKA -> kafka().restart();
            case POSTGRES -> stack.infrastructure().postgres().restart();
            default -> awaitReady(stack.restart(target.service().orElseThrow()));
        }
    }

    private static void awaitReady(ServiceProcess process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!process.isReady()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException(process.service().module() + " did not come back after its restart; last lines of "
                        + process.logFile() + ":\n" + process.logTail(20));
            }
            Thread.sleep(200);
        }
    }

    private KafkaProcess kafka() {
        return (KafkaProcess) stack.infrastructure().kafka();
    }

    String jdbcUrl(Service service) {
        return stack.jdbcUrl(service);
    }

    @Override
    public synchronized void close() {
        try {
            stack.close();
        } finally {
            if (!keepData) {
                delete(dataDir);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // called from the hook itself
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
