package org.baytrack.notification.delivery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.baytrack.commons.transaction.DatabaseOutage;
import org.baytrack.commons.worker.WorkerLoop;
import org.baytrack.notification.channel.Attempt;
import org.baytrack.notification.channel.Channel;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.delivery.DeliveryStore.Claimed;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the pending deliveries. A delivery is claimed with a lease (its next attempt moved past the send
 * timeout), sent by its {@link Channel}, and then marked delivered, rescheduled by the {@link RetrySchedule}, or
 * dead-lettered; the outcome also tells {@link EndpointHealth} whether the endpoint works. A service that dies
 * mid-send leaves the lease to expire and the delivery is sent again after restart, with the same
 * {@code webhook-id}. Woken right after the consumer commits, so alerts leave within milliseconds.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(5);
    /** How long a delivered webhook's outcome waits for a database that is away. */
    private static final Duration RECORD_PATIENCE = Duration.ofMinutes(2);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    NotificationConfig config;
    @Inject
    DeliveryStore store;
    @Inject
    Instance<Channel> channels;
    @Inject
    DeliveryMetrics metrics;
    @Inject
    EndpointHealth health;

    private WorkerLoop loop;
    private ExecutorService senders;
    private Semaphore slots;
    private RetrySchedule schedule;

    void start(@Observes StartupEvent event) {
        var delivery = config.delivery();
        if (!delivery.enabled()) {
            LOG.warn("The delivery worker is disabled (baytrack.notification.delivery.enabled=false): "
                    + "deliveries are recorded but not sent");
            return;
        }
        schedule = new RetrySchedule(delivery.retryDelays());
        slots = new Semaphore(delivery.concurrency());
        AtomicInteger n = new AtomicInteger();
        senders = Executors.newFixedThreadPool(delivery.concurrency(), r -> {
            Thread t = new Thread(r, "delivery-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        loop = new WorkerLoop("delivery-dispatcher", delivery.idlePoll(), this::dispatch, failure -> {
        });
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(5));
            senders.shutdown();
            try {
                senders.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Look for due deliveries now (called after a consumer transaction or a manual retry commits). */
    public void wakeUp() {
        if (loop != null) {
            loop.wakeUp();
        }
    }

    /** Claims as many due deliveries as there are free senders; true when that filled them all. */
    private boolean dispatch() throws SQLException, InterruptedException {
        int free = slots.availablePermits();
        if (free == 0) {
            return false;
        }
        List<Claimed> batch = store.claim(free, config.delivery().webhookTimeout().plus(LEASE_MARGIN));
        for (Claimed c : batch) {
            slots.acquire();
            senders.submit(() -> {
                try {
                    attempt(c);
                } finally {
                    slots.release();
                    wakeUp();
                }
            });
        }
        return batch.size() == free;
    }

    private void attempt(Claimed c) {
        Optional<Channel> channel = channelFor(c);
        Attempt result;
        try {
            result = channel.map(ch -> ch.send(c.envelope()))
                    .orElseGet(() -> Attempt.failed("the subscription has no webhook or e-mail address any more"));
        } catch (IllegalStateException e) {
            result = Attempt.failed(e.getMessage());
        } catch (RuntimeException e) {
            result = Attempt.failed(e.toString());
        }
        recordOutliving(c, channel.map(Channel::name).orElse(c.channel()), result,
                System.nanoTime() + RECORD_PATIENCE.toNanos());
    }

    /** The channel the delivery was queued for; another the subscription has, if it has changed its address since. */
    private Optional<Channel> channelFor(Claimed c) {
        Optional<Channel> named = channels.stream()
                .filter(ch -> ch.name().equals(c.channel()) && ch.carries(c.envelope())).findFirst();
        return named.isPresent() ? named : channels.stream().filter(ch -> ch.carries(c.envelope())).findFirst();
    }

    /**
     * A webhook that was delivered but not recorded is delivered again when its lease runs out: while the database
     * is away (restarting), the outcome waits for it rather than being dropped.
     */
    private void recordOutliving(Claimed c, String channel, Attempt result, long deadline) {
        long backoffMs = 100;
        while (true) {
            try {
                record(c, channel, result);
                return;
            } catch (SQLException e) {
                if (!DatabaseOutage.is(e) || System.nanoTime() > deadline || !loop.running()) {
                    LOG.warnf("Could not record the outcome of delivery %d (%s); it is tried again when its lease runs "
                            + "out", c.id(), e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // short: once the database is back, the claim would find the lease run out and send it again
                backoffMs = Math.min(backoffMs * 2, 500);
            }
        }
    }

    private void record(Claimed c, String channel, Attempt result) throws SQLException {
        String subscription = c.envelope().subscriptionId();
        try (Connection conn = dataSource.getConnection()) {
            if (result.success()) {
                store.delivered(conn, c.id());
                metrics.sent(channel);
                health.succeeded(conn, subscription);
                return;
            }
            Optional<Instant> next = result.gone() ? Optional.empty() : schedule.next(c.windowAttempts(), Instant.now());
            if (next.isPresent()) {
                store.rescheduled(conn, c.id(), result.error(), next.get());
                metrics.failed(channel);
                LOG.debugf("Delivery %d failed (attempt %d), next at %s: %s", c.id(), c.attempts(), next.get(),
                        result.error());
            } else {
                store.deadLettered(conn, c.id(), result.error());
                metrics.deadLettered(channel);
                LOG.warnf("Delivery %d of event %s dead-lettered after %d attempts: %s", c.id(),
                        c.envelope().eventId(), c.attempts(), result.error());
            }
            health.failed(conn, subscription, result);
        }
    }
}
