package org.baytrack.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<Duration> SVIX = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
    private final RetrySchedule schedule = new RetrySchedule(SVIX);

    @Test
    void eachFailureWaitsTheNextDelayOfTheSchedule() {
        assertThat(schedule.next(1, NOW)).contains(NOW.plusSeconds(5));
        assertThat(schedule.next(2, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(schedule.next(4, NOW)).contains(NOW.plus(Duration.ofHours(2)));
        assertThat(schedule.next(7, NOW)).contains(NOW.plus(Duration.ofHours(10)));
    }

    @Test
    void failingAfterTheLastDelayIsDeadLettered() {
        assertThat(schedule.attempts()).isEqualTo(8);
        assertThat(schedule.next(8, NOW)).isEmpty();
        assertThat(schedule.next(100, NOW)).isEmpty();
    }

    @Test
    void anEmptyScheduleSendsOnceAndNegativeDelaysAreRefused() {
        assertThat(new RetrySchedule(List.of()).next(1, NOW)).isEmpty();
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
