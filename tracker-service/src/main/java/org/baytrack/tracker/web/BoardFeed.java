package org.baytrack.tracker.web;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.baytrack.tracker.project.BoardChanged;

import java.time.Duration;

/**
 * The board lines this replica changed, as committed: a rolled-back change never reaches a browser, and a browser
 * that fetches the row on hearing of it reads the committed line.
 */
@ApplicationScoped
public class BoardFeed {
    /** Long enough to gather one article's changes into one burst, short enough to feel live. */
    static final Duration BURST = Duration.ofMillis(200);

    private final BroadcastProcessor<String> changed = BroadcastProcessor.create();

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged change) {
        // commits end on many threads; the processor expects its items one at a time
        synchronized (changed) {
            changed.onNext(change.projectId());
        }
    }

    /** Every burst of changes from now on, for one subscriber. */
    public Multi<RowUpdates.Update> updates() {
        return changed.group().intoLists().every(BURST)
                .onItem().transform(RowUpdates::of)
                .filter(u -> u != null);
    }
}
