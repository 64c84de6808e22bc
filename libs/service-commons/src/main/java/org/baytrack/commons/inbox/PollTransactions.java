package org.baytrack.commons.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.baytrack.commons.transaction.DatabaseOutage;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Applies the events of one Kafka poll in a few transactions rather than one each, so a busy topic pays a commit
 * per slice of the poll. A slice closes once it has run for {@link PollConfig#transactionTime()} (50 ms): the
 * changes of the first events of a big poll are committed, and their outbox events relayed, while the rest is
 * still being applied, instead of all waiting for the last one. If a slice's transaction fails, each of its
 * events is retried in a transaction of its own, as one at a time would have done, and only then does a failure
 * reach the channel's failure strategy (after the rest of the poll has been applied). While the database is away
 * (killed or restarting), the events wait for it and are applied again: they are fine, and handing them to the
 * failure strategy would dead-letter (lose) every event of the outage.
 */
@Singleton
public final class PollTransactions {
    private static final Logger LOG = Logger.getLogger(PollTransactions.class);

    /** Runs work in a new transaction, committed when it returns and rolled back when it throws. */
    public interface NewTransaction {
        void run(Runnable work);
    }

    static final int COMMIT_RETRIES = 8;

    private final NewTransaction transaction;
    private final long sliceNanos;
    private final LongSupplier clock;
    private final Pause pause;

    /** Waits between two attempts while the database is away. */
    interface Pause {
        void millis(long ms) throws InterruptedException;
    }

    @Inject
    PollTransactions(PollConfig config) {
        this(work -> QuarkusTransaction.requiringNew().run(work), config.transactionTime(), System::nanoTime);
    }

    PollTransactions(NewTransaction transaction, Duration slice, LongSupplier clock) {
        this(transaction, slice, clock, Thread::sleep);
    }

    PollTransactions(NewTransaction transaction, Duration slice, LongSupplier clock, Pause pause) {
        this.transaction = transaction;
        this.sliceNanos = slice.toNanos();
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * @param apply     applies one event inside the current transaction
     * @param afterEach runs after each event of a shared transaction (e.g. flush and clear the session)
     */
    public <T> void apply(List<T> poll, Consumer<T> apply, Runnable afterEach, String what) {
        RuntimeException failure = null;
        int from = 0;
        while (from < poll.size()) {
            int start = from;
            // next[0]: the first event not yet applied; next[1]: 1 once the slice's work returned
            int[] next = {start, 0};
            try {
                inTransaction(() -> {
                    next[0] = start;
                    next[1] = 0;
                    long t0 = clock.getAsLong();
                    do {
                        apply.accept(poll.get(next[0]));
                        afterEach.run();
                        next[0]++;
                    } while (next[0] < poll.size() && clock.getAsLong() - t0 < sliceNanos);
                    next[1] = 1;
                });
                from = next[0];
            } catch (RuntimeException e) {
                int end = next[1] == 1 ? next[0] : next[0] + 1;
                if (end - start == 1) {
                    failure = collect(failure, e);
                } else {
                    LOG.warnf("Applying %d %s in one transaction failed (%s); retrying them one by one", end - start,
                            what, e.toString());
                    for (int i = start; i < end; i++) {
                        T event = poll.get(i);
                        try {
                            inTransaction(() -> apply.accept(event));
                        } catch (RuntimeException single) {
                            failure = collect(failure, single);
                        }
                    }
                }
                from = end;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Runs work in a new transaction, again and again while the database is away. A commit that failed is tried
     * again for {@link #COMMIT_RETRIES} attempts: the connection died under it in a crash, but a commit that fails
     * for the work's own sake must reach the failure strategy in the end.
     */
    private void inTransaction(Runnable work) {
        long backoffMs = 100;
        int commitRetries = 0;
        while (true) {
            try {
                transaction.run(work);
                return;
            } catch (RuntimeException e) {
                boolean retry = DatabaseOutage.is(e)
                        || DatabaseOutage.commitFailed(e) && commitRetries++ < COMMIT_RETRIES;
                if (!retry) {
                    throw e;
                }
                LOG.warnf("The database is unavailable (%s); trying again in %d ms", e.toString(), backoffMs);
                try {
                    pause.millis(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
    }

    private static RuntimeException collect(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
