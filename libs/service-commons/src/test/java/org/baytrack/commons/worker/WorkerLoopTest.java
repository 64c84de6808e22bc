package org.baytrack.commons.worker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerLoopTest {
    /** Long enough that a round started within a test's wait was started by a wake-up, not the idle poll. */
    static final Duration NEVER_IDLE = Duration.ofMinutes(5);

    final AtomicInteger rounds = new AtomicInteger();
    final List<Long> pauses = new CopyOnWriteArrayList<>();
    final List<Exception> recovered = new CopyOnWriteArrayList<>();
    WorkerLoop loop;

    @AfterEach
    void stop() {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(5));
        }
    }

    /** A loop whose rounds follow the script: "idle" finds nothing, "more" finds a full batch, "fail" throws. */
    WorkerLoop scripted(Duration idle, CountDownLatch done, String... script) {
        return new WorkerLoop("test-worker", idle, () -> {
            int n = rounds.getAndIncrement();
            if (n >= script.length) {
                done.countDown();
                return false;
            }
            return switch (script[n]) {
                case "more" -> true;
                case "fail" -> throw new IllegalStateException("round " + n + " failed");
                default -> false;
            };
        }, recovered::add, pauses::add);
    }

    @Test
    void aWakeUpStartsARoundAtOnceInsteadOfAfterTheIdlePoll() throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        loop = new WorkerLoop("test-worker", NEVER_IDLE, () -> {
            if (rounds.incrementAndGet() == 1) {
                firstDone.countDown();
            } else {
                second.countDown();
            }
            return false;
        }, recovered::add, pauses::add);
        loop.start();
        assertThat(firstDone.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(rounds.get()).as("rounds before the wake-up").isEqualTo(1);

        loop.wakeUp();

        assertThat(second.await(5, TimeUnit.SECONDS)).as("a round after the wake-up").isTrue();
    }

    @Test
    void aWakeUpDuringARoundIsNotLost() throws Exception {
        CountDownLatch second = new CountDownLatch(1);
        loop = new WorkerLoop("test-worker", NEVER_IDLE, () -> {
            if (rounds.incrementAndGet() == 1) {
                loop.wakeUp();
            } else {
                second.countDown();
            }
            return false;
        }, recovered::add, pauses::add);
        loop.start();

        assertThat(second.await(5, TimeUnit.SECONDS)).as("the round the wake-up asked for").isTrue();
    }

    @Test
    void roundsFollowEachOtherWithoutWaitingWhileMoreWorkIsWaiting() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        loop = scripted(NEVER_IDLE, done, "more", "more", "more");
        loop.start();

        assertThat(done.await(5, TimeUnit.SECONDS)).as("the fourth round, with no wake-up").isTrue();
        assertThat(pauses).isEmpty();
    }

    @Test
    void withNothingToDoTheLoopLooksAgainAfterTheIdlePoll() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        loop = scripted(Duration.ofMillis(20), done, "idle", "idle", "idle");
        loop.start();

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void failedRoundsBackOffDoublingUpToTenSeconds() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        loop = scripted(NEVER_IDLE, done, "fail", "fail", "fail", "fail", "fail", "fail", "fail", "fail", "fail", "fail");
        loop.start();

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(pauses).containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 6400L, 10_000L, 10_000L, 10_000L);
        assertThat(recovered).hasSize(10).allSatisfy(e -> assertThat(e).hasMessageContaining("failed"));
    }

    @Test
    void aRoundThatSucceedsResetsTheBackoff() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        loop = scripted(Duration.ofMillis(10), done, "fail", "fail", "idle", "fail", "more", "fail");
        loop.start();

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(pauses).containsExactly(100L, 200L, 100L, 100L);
    }

    @Test
    void stopEndsTheLoopWhileItWaitsForWork() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        loop = scripted(NEVER_IDLE, done);
        loop.start();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();

        long t0 = System.nanoTime();
        loop.stop(Duration.ofSeconds(5));

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(loop.running()).isFalse();
        int after = rounds.get();
        Thread.sleep(100);
        assertThat(rounds.get()).as("rounds after stop").isEqualTo(after);
    }
}
