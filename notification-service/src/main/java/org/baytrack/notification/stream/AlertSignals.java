package org.baytrack.notification.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells open streams that a new alert has been committed, so they read it at once instead of at the next poll. */
@ApplicationScoped
public class AlertSignals {
    private final BroadcastProcessor<Long> signals = BroadcastProcessor.create();

    public void alertCommitted() {
        signals.onNext(System.nanoTime());
    }

    public Multi<Long> signals() {
        return signals.onOverflow().drop();
    }
}
