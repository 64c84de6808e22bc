package org.baytrack.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Counters at /q/metrics: baytrack_notification_deliveries_total{outcome="sent|failed|dead_lettered",channel}. */
@ApplicationScoped
public class DeliveryMetrics {
    @Inject
    MeterRegistry registry;

    /** Registers every counter at start, so dashboards see zeros rather than nothing. */
    void register(@Observes StartupEvent event) {
        for (String channel : new String[]{"webhook", "email"}) {
            for (String outcome : new String[]{"sent", "failed", "dead_lettered"}) {
                counter(outcome, channel);
            }
        }
    }

    public void sent(String channel) {
        counter("sent", channel).increment();
    }

    public void failed(String channel) {
        counter("failed", channel).increment();
    }

    public void deadLettered(String channel) {
        counter("dead_lettered", channel).increment();
    }

    private Counter counter(String outcome, String channel) {
        return Counter.builder("baytrack.notification.deliveries")
                .description("Delivery attempts by outcome: sent, failed (will retry), dead_lettered")
                .tag("outcome", outcome)
                .tag("channel", channel)
                .register(registry);
    }
}
