package org.baytrack.runner.chaos;

import org.baytrack.runner.stack.Service;

import java.util.Locale;
import java.util.Optional;

/** What a chaos run kills: one of the four services, the Kafka broker or PostgreSQL. */
public enum Target {
    INGEST(Service.INGEST), CATALOG(Service.CATALOG), TRACKER(Service.TRACKER), NOTIFICATION(Service.NOTIFICATION),
    KAFKA(null), POSTGRES(null);

    private final Service service;

    Target(Service service) {
        this.service = service;
    }

    public Optional<Service> service() {
        return Optional.ofNullable(service);
    }

    /** As the report names it: {@code ingest-service}, {@code kafka}, {@code postgres}. */
    public String label() {
        return service != null ? service.module() : name().toLowerCase(Locale.ROOT);
    }
}
