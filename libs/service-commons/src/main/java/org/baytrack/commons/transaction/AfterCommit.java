package org.baytrack.commons.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work for when the current transaction has committed: what it wakes up or remembers must not outrun the data. */
public final class AfterCommit {
    private AfterCommit() {
    }

    /** Runs {@code work} once the current transaction commits, and not at all if it rolls back. */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    work.run();
                }
            }
        });
    }
}
