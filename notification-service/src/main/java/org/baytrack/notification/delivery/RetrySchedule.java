package org.baytrack.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: a fixed list of delays after the first attempt, Svix's by default
 * (configuration {@code baytrack.notification.delivery.retry-delays}). A delivery that fails once more after the
 * last delay is dead-lettered.
 */
public final class RetrySchedule {
    private final List<Duration> delays;

    public RetrySchedule(List<Duration> delays) {
        if (delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("Retry delays cannot be negative, got " + delays);
        }
        this.delays = List.copyOf(delays);
    }

    /**
     * The time of the next attempt, or empty when the delivery is to be dead-lettered.
     *
     * @param failedAttempts attempts made since the delivery was queued or retried by hand, all failed (at least 1)
     */
    public Optional<Instant> next(int failedAttempts, Instant now) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delays.get(failedAttempts - 1)));
    }

    /** Attempts a delivery gets before it is dead-lettered: the first and one per delay. */
    public int attempts() {
        return delays.size() + 1;
    }
}
