package org.baytrack.commons.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Consumer;

/**
 * Applies the events of one Kafka poll in one transaction, so a busy topic pays one commit per poll. If that
 * transaction fails, each event is retried in a transaction of its own, as one at a time would have done, and only
 * then does a failure reach the channel's failure strategy.
 */
public final class PollTransactions {
    private static final Logger LOG = Logger.getLogger(PollTransactions.class);

    private PollTransactions() {
    }

    /**
     * @param apply      applies one event inside the current transaction
     * @param afterEach  runs after each event of a shared transaction (e.g. flush and clear the session)
     */
    public static void apply(List<String> poll, Consumer<String> apply, Runnable afterEach, String what) {
        if (poll.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (String json : poll) {
                        apply.accept(json);
                        afterEach.run();
                    }
                });
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Applying a poll of %d %s failed (%s); retrying them one by one", poll.size(), what, e.toString());
            }
        }
        RuntimeException failure = null;
        for (String json : poll) {
            try {
                QuarkusTransaction.requiringNew().run(() -> apply.accept(json));
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
