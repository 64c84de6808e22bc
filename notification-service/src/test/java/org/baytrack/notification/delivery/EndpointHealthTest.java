package org.baytrack.notification.delivery;

import org.baytrack.notification.channel.Attempt;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointHealthTest {
    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");
    private static final Duration FIVE_DAYS = Duration.ofDays(5);

    @Test
    void goneDisablesAtOnce() {
        assertThat(EndpointHealth.disableReason(Attempt.gone("HTTP 410"), NOW, NOW, FIVE_DAYS))
                .hasValueSatisfying(r -> assertThat(r).contains("410 Gone"));
    }

    @Test
    void failingForFiveDaysDisablesAndLessDoesNot() {
        Attempt failed = Attempt.failed("HTTP 500");
        assertThat(EndpointHealth.disableReason(failed, NOW.minus(Duration.ofDays(4)), NOW, FIVE_DAYS)).isEmpty();
        assertThat(EndpointHealth.disableReason(failed, NOW.minus(FIVE_DAYS), NOW, FIVE_DAYS))
                .hasValueSatisfying(r -> assertThat(r).contains("every attempt has failed").contains("HTTP 500"));
    }
}
