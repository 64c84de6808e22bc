package org.baytrack.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffScheduleTest {
    private static final Instant QUEUED = Instant.parse("2026-01-01T00:00:00Z");
    private final BackoffSchedule schedule = new BackoffSchedule(Duration.ofSeconds(10), Duration.ofHours(1),
            Duration.ofHours(24));

    @Test
    void delayDoublesAfterEachFailureUpToTheCap() {
        assertThat(schedule.delay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.delay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(schedule.delay(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(schedule.delay(10)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delay(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterKeepsTheDelayBetweenHalfAndAllOfIt() {
        Instant now = QUEUED.plusSeconds(60);
        assertThat(schedule.next(3, QUEUED, now, 0.0)).contains(now.plusSeconds(20));
        assertThat(schedule.next(3, QUEUED, now, 0.999999)).hasValueSatisfying(t ->
                assertThat(t).isBetween(now.plusSeconds(39), now.plusSeconds(40)));
    }

    @Test
    void deliveryIsDeadLetteredOnceTheRetryPeriodIsOver() {
        assertThat(schedule.next(30, QUEUED, QUEUED.plus(Duration.ofHours(24)), 0.5)).isEmpty();
        assertThat(schedule.next(30, QUEUED, QUEUED.plus(Duration.ofHours(25)), 0.5)).isEmpty();
    }

    @Test
    void lastRetryHappensAtTheDeadlineNotAfterIt() {
        Instant now = QUEUED.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(50));
        assertThat(schedule.next(30, QUEUED, now, 0.9)).contains(QUEUED.plus(Duration.ofHours(24)));
    }

    @Test
    void defaultScheduleRetriesForADayWithRoughlyThirtyAttempts() {
        Instant now = QUEUED;
        int attempts = 1;
        while (true) {
            var next = schedule.next(attempts, QUEUED, now, 0.5);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
            attempts++;
        }
        assertThat(now).isEqualTo(QUEUED.plus(Duration.ofHours(24)));
        assertThat(attempts).isBetween(25, 45);
    }
}
