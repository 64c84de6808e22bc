package org.baytrack.runner.stack;

import org.baytrack.infra.LocalInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running stack: the in-process Kafka, PostgreSQL and SMTP server and the service JVMs. Closing stops all of it.
 */
public final class Stack implements AutoCloseable {
    private final StackConfig config;
    private final LocalInfrastructure infra;
    private final MailServer mail;
    private final List<ServiceProcess> services;
    private final Duration startup;
    private final AtomicBoolean closed = new AtomicBoolean();

    Stack(StackConfig config, LocalInfrastructure infra, MailServer mail, List<ServiceProcess> services,
          Duration startup) {
        this.config = config;
        this.infra = infra;
        this.mail = mail;
        this.services = new java.util.concurrent.CopyOnWriteArrayList<>(services);
        this.startup = startup;
    }

    public StackConfig config() {
        return config;
    }

    public String kafkaBootstrapServers() {
        return infra.kafkaBootstrapServers();
    }

    public String jdbcUrl(Service service) {
        return infra.postgres().jdbcUrl(service.database());
    }

    /** The SMTP server the notification service sends to. */
    public MailServer mail() {
        return mail;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Kafka and PostgreSQL, to crash and restart them. */
    public LocalInfrastructure infrastructure() {
        return infra;
    }

    /**
     * Starts a service again with the same environment, after it died or was killed (a live one is killed first);
     * returns without waiting for it to be ready.
     */
    public ServiceProcess restart(Service service) throws java.io.IOException {
        ServiceProcess old = service(service).orElseThrow();
        old.kill();
        ServiceProcess fresh = ServiceProcess.start(service, config);
        services.set(services.indexOf(old), fresh);
        return fresh;
    }

    public Optional<ServiceProcess> service(Service service) {
        return services.stream().filter(p -> p.service() == service).findFirst();
    }

    public boolean runs(Service service) {
        return service(service).isPresent();
    }

    public String baseUrl(Service service) {
        return config.baseUrl(service);
    }

    /** From launcher start to every service ready. */
    public Duration startup() {
        return startup;
    }

    /** Pid of the PostgreSQL postmaster, which runs outside this JVM. */
    public Optional<Long> postgresPid() {
        return StackPids.postgresPid(config.dataDir());
    }

    /** Services first (side by side, SIGTERM then SIGKILL after 20 s), then SMTP, Kafka and PostgreSQL. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        StackLauncher.stopAll(services, Duration.ofSeconds(20));
        try {
            mail.close();
        } finally {
            infra.close();
        }
    }
}
