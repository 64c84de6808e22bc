package org.baytrack.notification.delivery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.baytrack.commons.transaction.DatabaseOutage;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.email.EmailSender;
import org.baytrack.notification.webhook.SecretVault;
import org.baytrack.notification.webhook.WebhookSender;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the pending deliveries. A delivery is claimed with a lease (its next attempt moved past the send
 * timeout), sent, and then marked delivered, rescheduled by the {@link RetrySchedule}, or dead-lettered; the
 * outcome also tells {@link EndpointHealth} whether the endpoint works. A service that dies mid-send leaves the
 * lease to expire and the delivery is sent again after restart, with the same {@code webhook-id}. Woken right
 * after the consumer commits, so alerts leave within milliseconds.
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
    WebhookSender webhooks;
    @Inject
    EmailSender emails;
    @Inject
    DeliveryMetrics metrics;
    @Inject
    EndpointHealth health;
    @Inject
    SecretVault vault;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread dispatcher;
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
        running = true;
        dispatcher = new Thread(this::run, "delivery-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        if (dispatcher != null) {
            try {
                dispatcher.join(5_000);
                senders.shutdown();
                senders.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Look for due deliveries now (called after a consumer transaction or a manual retry commits). */
    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        long errorBackoffMs = 100;
        while (running) {
            try {
                int free = slots.availablePermits();
                int claimed = free == 0 ? 0 : dispatch(free);
                errorBackoffMs = 100;
                if (claimed < free || free == 0) {
                    wakeUps.tryAcquire(config.delivery().idlePoll().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Delivery dispatcher failed, retrying in %d ms: %s", errorBackoffMs, e.toString());
                sleep(errorBackoffMs);
                errorBackoffMs = Math.min(errorBackoffMs * 2, 10_000);
            }
        }
    }

    private int dispatch(int max) throws SQLException, InterruptedException {
        List<Claimed> batch = claim(max);
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
        return batch.size();
    }

    List<Claimed> claim(int max) throws SQLException {
        Duration lease = config.delivery().webhookTimeout().plus(LEASE_MARGIN);
        String sql = "with due as (select id from delivery where status = 'pending' and next_attempt_at <= now() "
                + "order by next_attempt_at, id limit ? for update skip locked) "
                + "update delivery d set attempts = d.attempts + 1, window_attempts = d.window_attempts + 1, "
                + "last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => ?) "
                + "from due, subscription s, alert a "
                + "where d.id = due.id and s.id = d.subscription_id and a.event_id = d.event_id "
                + "returning d.id, d.event_id, d.attempts, d.window_attempts, d.subscription_id, s.webhook_url, "
                + "s.webhook_secret, case when s.webhook_previous_secret_expires_at > now() "
                + "then s.webhook_previous_secret end, s.email, a.payload, s.unsubscribe_token";
        List<Claimed> batch = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, max);
            ps.setDouble(2, lease.toMillis() / 1000.0);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> secrets = new ArrayList<>();
                    if (rs.getString(7) != null) {
                        secrets.add(rs.getString(7));
                    }
                    if (rs.getString(8) != null) {
                        secrets.add(rs.getString(8));
                    }
                    batch.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), List.copyOf(secrets), rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return batch;
    }

    private void attempt(Claimed c) {
        Attempt result;
        try {
            if (c.webhookUrl() != null) {
                List<String> secrets = c.webhookSecrets().stream().map(s -> vault.open(s, c.subscriptionId())).toList();
                result = webhooks.send(c.webhookUrl(), secrets, c.eventId(), c.payload());
            } else if (c.email() != null) {
                result = emails.send(new EmailSender.Recipient(c.email(), c.subscriptionId(), c.unsubscribeToken()),
                        c.payload());
            } else {
                result = Attempt.failed("the subscription has no webhook or e-mail address any more");
            }
        } catch (IllegalStateException e) {
            result = Attempt.failed(e.getMessage());
        } catch (RuntimeException e) {
            result = Attempt.failed(e.toString());
        }
        recordOutliving(c, result, System.nanoTime() + RECORD_PATIENCE.toNanos());
    }

    /**
     * A webhook that was delivered but not recorded is delivered again when its lease runs out: while the database
     * is away (restarting), the outcome waits for it rather than being dropped.
     */
    private void recordOutliving(Claimed c, Attempt result, long deadline) {
        long backoffMs = 100;
        while (true) {
            try {
                record(c, result);
                return;
            } catch (SQLException e) {
                if (!DatabaseOutage.is(e) || System.nanoTime() > deadline || !running) {
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

    private void record(Claimed c, Attempt result) throws SQLException {
        String channel = c.channel();
        try (Connection conn = dataSource.getConnection()) {
            if (result.success()) {
                update(conn, "update delivery set status = 'delivered', delivered_at = now(), next_attempt_at = null, "
                        + "last_error = null where id = ? and status = 'pending'", null, null, c.id());
                metrics.sent(channel);
                health.succeeded(conn, c.subscriptionId());
                return;
            }
            Optional<Instant> next = result.gone() ? Optional.empty() : schedule.next(c.windowAttempts(), Instant.now());
            if (next.isPresent()) {
                update(conn, "update delivery set last_error = ?, next_attempt_at = ? where id = ? and status = 'pending'",
                        result.error(), Timestamp.from(next.get()), c.id());
                metrics.failed(channel);
                LOG.debugf("Delivery %d failed (attempt %d), next at %s: %s", c.id(), c.attempts(), next.get(),
                        result.error());
            } else {
                update(conn, "update delivery set status = 'dead', dead_at = now(), next_attempt_at = null, "
                        + "last_error = ? where id = ? and status = 'pending'", result.error(), null, c.id());
                metrics.deadLettered(channel);
                LOG.warnf("Delivery %d of event %s dead-lettered after %d attempts: %s", c.id(), c.eventId(),
                        c.attempts(), result.error());
            }
            health.failed(conn, c.subscriptionId(), result);
        }
    }

    private static void update(Connection conn, String sql, String error, Timestamp next, long id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = 1;
            if (error != null) {
                ps.setString(i++, error);
            }
            if (next != null) {
                ps.setTimestamp(i++, next);
            }
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code webhookSecrets}, as stored: the current secret, then the one it replaced while that still signs. */
    record Claimed(long id, String eventId, int attempts, int windowAttempts, String subscriptionId, String webhookUrl,
                   List<String> webhookSecrets, String email, String payload, String unsubscribeToken) {
        String channel() {
            return webhookUrl != null ? "webhook" : "email";
        }
    }
}
