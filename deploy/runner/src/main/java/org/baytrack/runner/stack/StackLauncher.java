package org.baytrack.runner.stack;

import org.baytrack.events.TopicProvisioner;
import org.baytrack.infra.LocalInfrastructure;
import org.baytrack.runner.mail.MailArchive;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts a whole Baytrack stack on this machine: a real KRaft Kafka broker and a real PostgreSQL inside this JVM,
 * the topics, then every built service as its own JVM, and waits until each answers {@code /q/health/ready}.
 * {@code ./baytrack up} and the end-to-end tests both start the stack here.
 */
public final class StackLauncher {
    private StackLauncher() {
    }

    /** The services that will run, and a note for each that will not. */
    public record Plan(List<Service> run, Map<Service, String> missing) {
    }

    public static Plan plan(StackConfig config) {
        List<Service> run = new ArrayList<>();
        Map<Service, String> missing = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            if (Files.isRegularFile(s.appJar(config.projectRoot()))) {
                run.add(s);
            } else if (!Files.isDirectory(config.projectRoot().resolve(s.module()))) {
                missing.put(s, s.module() + " does not exist yet in " + config.projectRoot());
            } else {
                missing.put(s, s.module() + " is not built: " + config.projectRoot().relativize(s.appJar(config.projectRoot()))
                        + " is missing (run ./mvnw -DskipTests install)");
            }
        }
        return new Plan(run, missing);
    }

    public static Stack start(StackConfig config, Progress progress) throws StackException {
        return start(config, progress, LocalInfrastructure.KafkaMode.IN_PROCESS);
    }

    /** As {@link #start(StackConfig, Progress)}, with the broker where {@code kafka} says. */
    public static Stack start(StackConfig config, Progress progress, LocalInfrastructure.KafkaMode kafka)
            throws StackException {
        long t0 = System.nanoTime();
        Plan plan = plan(config);
        if (!plan.missing().isEmpty()) {
            if (config.requireAllServices() || plan.run().isEmpty()) {
                throw new StackException(StackException.Reason.APP_MISSING,
                        "Cannot start the stack:\n  " + String.join("\n  ", plan.missing().values()));
            }
            plan.missing().values().forEach(m -> progress.line("! skipping " + m));
        }
        List<PortGuard.Conflict> conflicts = PortGuard.conflicts(config.ports());
        if (!conflicts.isEmpty()) {
            throw new StackException(StackException.Reason.PORT_IN_USE, conflicts.stream()
                    .map(PortGuard.Conflict::describe).collect(Collectors.joining("\n")));
        }
        try {
            Files.createDirectories(config.logDir());
        } catch (IOException e) {
            throw new StackException(StackException.Reason.START_FAILED, "Cannot create " + config.logDir() + ": " + e, e);
        }
        try {
            StackKeys.ensure(config.dataDir());
        } catch (IOException e) {
            throw new StackException(StackException.Reason.START_FAILED, "Cannot write the access keys into "
                    + config.dataDir() + ": " + e, e);
        }

        progress.status("Starting PostgreSQL on localhost:" + config.postgresPort() + " and Kafka on localhost:"
                + config.kafkaPort() + " ...");
        LocalInfrastructure infra;
        try {
            infra = LocalInfrastructure.start(config.dataDir(), config.kafkaPort(), config.controllerPort(),
                    config.postgresPort(), kafka);
        } catch (IOException | RuntimeException e) {
            throw new StackException(StackException.Reason.START_FAILED,
                    "Kafka or PostgreSQL did not start: " + e.getMessage()
                            + "\n  (details in " + config.logDir().resolve("infra.log") + ")", e);
        }
        List<ServiceProcess> started = new ArrayList<>();
        MailServer mail = null;
        try {
            TopicProvisioner.ensureTopics(infra.kafkaBootstrapServers());
            progress.line(String.format("✓ Kafka (KRaft) on %s and PostgreSQL on localhost:%d ready  %s",
                    infra.kafkaBootstrapServers(), infra.postgres().port(), seconds(System.nanoTime() - t0)));
            mail = MailServer.start(config.smtpPort(), new MailArchive(config.mailDir()));
            progress.line(String.format("✓ SMTP (GreenMail) on localhost:%d, mail kept in %s", mail.port(),
                    config.mailDir()));
            for (Service s : plan.run()) {
                started.add(ServiceProcess.start(s, config));
            }
            awaitReady(started, config.readyTimeout(), progress, t0);
        } catch (StackException e) {
            stopAll(started, Duration.ofSeconds(10));
            closeQuietly(mail);
            infra.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            stopAll(started, Duration.ofSeconds(10));
            closeQuietly(mail);
            infra.close();
            throw new StackException(StackException.Reason.START_FAILED, "The services did not start: " + e, e);
        }
        return new Stack(config, infra, mail, started, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void awaitReady(List<ServiceProcess> processes, Duration timeout, Progress progress, long t0)
            throws StackException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Service, Boolean> ready = new EnumMap<>(Service.class);
        processes.forEach(p -> ready.put(p.service(), false));
        while (ready.containsValue(false)) {
            for (ServiceProcess p : processes) {
                if (ready.get(p.service())) {
                    continue;
                }
                if (!p.isAlive()) {
                    throw new StackException(StackException.Reason.START_FAILED, p.service().module()
                            + " exited with code " + p.exitValue() + " while starting. Last lines of " + p.logFile()
                            + ":\n" + indent(p.logTail(25)));
                }
                if (p.isReady()) {
                    ready.put(p.service(), true);
                    progress.line(String.format("✓ %-21s http://localhost:%d  %s", p.service().module(), p.port(),
                            seconds(System.nanoTime() - t0)));
                }
            }
            if (!ready.containsValue(false)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                String late = processes.stream().filter(p -> !ready.get(p.service()))
                        .map(p -> p.service().module() + " (log: " + p.logFile() + ")\n" + indent(p.logTail(12)))
                        .collect(Collectors.joining("\n"));
                throw new StackException(StackException.Reason.NOT_READY,
                        "Not ready after " + timeout.toSeconds() + " s: " + late);
            }
            String waiting = processes.stream().filter(p -> !ready.get(p.service()))
                    .map(p -> p.service().shortName()).collect(Collectors.joining(", "));
            progress.status(String.format("  waiting for %s ... %s", waiting, seconds(System.nanoTime() - t0)));
            sleep(250);
        }
    }

    /** SIGTERM to all at once so they shut down side by side, then wait; SIGKILL whatever is left after grace. */
    static void stopAll(List<ServiceProcess> processes, Duration grace) {
        processes.forEach(ServiceProcess::requestStop);
        for (ServiceProcess p : processes) {
            p.stop(grace);
        }
    }

    private static void closeQuietly(MailServer mail) {
        if (mail != null) {
            mail.close();
        }
    }

    public static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    | " + l).collect(Collectors.joining("\n"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services", e);
        }
    }
}
