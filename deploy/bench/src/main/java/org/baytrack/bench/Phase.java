package org.baytrack.bench;

import java.time.Duration;

/**
 * One stretch of the run with its own documents: sent at {@code rate} per second (0: as fast as the senders go), then
 * awaited until every one has its alert, or no new alert came for {@code drainTimeout}. Priming, warm-up and the
 * measured run are each one.
 */
public record Phase(double rate, Duration drainTimeout) {
    public Phase {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("a phase's rate must be 0 or more documents per second, not " + rate);
        }
        if (drainTimeout == null || drainTimeout.isNegative() || drainTimeout.isZero()) {
            throw new IllegalArgumentException("a phase's drain timeout must be positive, not " + drainTimeout);
        }
    }

    public boolean fullSpeed() {
        return rate == 0;
    }
}
