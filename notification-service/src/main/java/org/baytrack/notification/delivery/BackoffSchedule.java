package org.baytrack.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential backoff (initial, doubling, capped) with "equal jitter"
 * (half the delay fixed, half random) so many failing receivers do not retry in lock-step. A delivery that
 * still fails when its retry period has run out is dead-lettered.
 */
public final class BackoffSchedule {
    private final Duration initial;
    private final Duration max;
    private final Duration retryPeriod;

    public BackoffSchedule(Duration initial, Duration max, Duration retryPeriod) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.retryPeriod = retryPeriod;
    }

    /** The delay before the next attempt after {@code failedAttempts} failures, before jitter. */
    public Duration delay(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 40));
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /**
     * The time of the next attempt, or empty when the delivery is to be dead-lettered.
     *
     * @param failedAttempts attempts made so far, all failed (at least 1)
     * @param windowStart    when the delivery was queued (or manually retried)
     * @param random         a number in [0, 1) for the jitter
     */
    public Optional<Instant> next(int failedAttempts, Instant windowStart, Instant now, double random) {
        Instant deadline = windowStart.plus(retryPeriod);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        long delay = delay(failedAttempts).toMillis();
        long jittered = delay / 2 + (long) (random * (delay - delay / 2));
        Instant next = now.plusMillis(jittered);
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
