package org.baytrack.commons.inbox;

import org.baytrack.commons.transaction.DatabaseOutage;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PollTransactionsTest {
    /** Keeps what a committed transaction applied; forgets what a rolled-back one did. */
    static final class Ledger {
        final List<List<String>> committed = new ArrayList<>();
        List<String> open;

        void run(Runnable work) {
            open = new ArrayList<>();
            try {
                work.run();
                committed.add(open);
            } finally {
                open = null;
            }
        }
    }

    final Ledger ledger = new Ledger();
    final AtomicLong nanos = new AtomicLong();
    // every event takes 20 ms; slices close after 50 ms
    final PollTransactions poll = new PollTransactions(ledger::run, Duration.ofMillis(50), nanos::get);

    void apply(String event) {
        if (event.startsWith("bad")) {
            throw new IllegalStateException("cannot apply " + event);
        }
        ledger.open.add(event);
        nanos.addAndGet(Duration.ofMillis(20).toNanos());
    }

    @Test
    void aPollIsCommittedInSlicesOfTheConfiguredTime() {
        poll.apply(List.of("a", "b", "c", "d", "e", "f", "g"), this::apply, () -> { }, "events");

        assertThat(ledger.committed).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g"));
    }

    @Test
    void aFailingEventIsRetriedAloneAndTheOthersOfItsSliceAreKept() {
        assertThatThrownBy(() -> poll.apply(List.of("a", "bad-1", "c", "d", "e"), this::apply, () -> { }, "events"))
                .hasMessageContaining("bad-1");

        // the slice a, bad-1 rolled back; a and bad-1 retried alone; the rest of the poll still applied
        assertThat(ledger.committed).containsExactly(List.of("a"), List.of("c", "d", "e"));
    }

    @Test
    void everyFailureOfThePollIsReported() {
        assertThatThrownBy(() -> poll.apply(List.of("bad-1", "b", "bad-2"), this::apply, () -> { }, "events"))
                .hasMessageContaining("bad-1")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("cannot apply bad-2"));

        assertThat(ledger.committed).containsExactly(List.of("b"));
    }

    @Test
    void aCommitThatFailsRetriesTheWholeSliceOneByOne() {
        int[] commits = {0};
        PollTransactions failingFirstCommit = new PollTransactions(work -> {
            ledger.run(work);
            if (commits[0]++ == 0) {
                ledger.committed.remove(ledger.committed.size() - 1);
                throw new IllegalStateException("commit failed");
            }
        }, Duration.ofMillis(50), nanos::get);

        failingFirstCommit.apply(List.of("a", "b", "c", "d"), this::apply, () -> { }, "events");

        assertThat(ledger.committed).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    }

    @Test
    void eventsWaitWhileTheDatabaseIsAwayInsteadOfFailing() {
        int[] attempts = {0};
        List<Long> pauses = new ArrayList<>();
        PollTransactions databaseBackAfterTwoTries = new PollTransactions(work -> {
            if (attempts[0]++ < 2) {
                throw new IllegalStateException("could not open a connection",
                        new SQLException("Connection to localhost:5432 refused", "08001"));
            }
            ledger.run(work);
        }, Duration.ofMillis(50), nanos::get, pauses::add);

        databaseBackAfterTwoTries.apply(List.of("a", "b", "c", "d"), this::apply, () -> { }, "events");

        assertThat(ledger.committed).containsExactly(List.of("a", "b", "c"), List.of("d"));
        assertThat(pauses).containsExactly(100L, 200L);
    }

    @Test
    void onlyAnUnreachableDatabaseCountsAsAnOutage() {
        assertThat(DatabaseOutage.is(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseOutage.is(new RuntimeException(new java.net.ConnectException("refused")))).isTrue();
        assertThat(DatabaseOutage.is(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
        assertThat(DatabaseOutage.is(new RuntimeException(new SQLException("value too long", "22001")))).isFalse();
        assertThat(DatabaseOutage.is(new IllegalStateException("cannot apply bad-1"))).isFalse();
    }

    @Test
    void aCommitThatFailedIsTriedAgainAFewTimesThenReported() {
        int[] attempts = {0};
        List<Long> pauses = new ArrayList<>();
        PollTransactions commitFailsTwice = new PollTransactions(work -> {
            ledger.run(work);
            if (attempts[0]++ < 2) {
                ledger.committed.remove(ledger.committed.size() - 1);
                // as Narayana reports a connection that died under the commit: no SQL cause
                throw new IllegalStateException(new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit"));
            }
        }, Duration.ofMillis(50), nanos::get, pauses::add);

        commitFailsTwice.apply(List.of("a", "b"), this::apply, () -> { }, "events");
        assertThat(ledger.committed).containsExactly(List.of("a", "b"));

        PollTransactions commitAlwaysFails = new PollTransactions(work -> {
            throw new IllegalStateException(new jakarta.transaction.RollbackException("deferred constraint"));
        }, Duration.ofMillis(50), nanos::get, pauses::add);
        assertThatThrownBy(() -> commitAlwaysFails.apply(List.of("c"), this::apply, () -> { }, "events"))
                .hasRootCauseInstanceOf(jakarta.transaction.RollbackException.class);
        assertThat(pauses).hasSize(2 + PollTransactions.COMMIT_RETRIES);
    }
}
