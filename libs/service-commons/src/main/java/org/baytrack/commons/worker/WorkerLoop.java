package org.baytrack.commons.worker;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A background thread that does rounds of work taken from a table: it goes on at once while a round says more is
 * waiting, otherwise sleeps until {@link #wakeUp()} (a commit that added work) or the idle poll, and after a failed
 * round waits 100 ms, doubling up to 10 s, so a database or broker that is away is not hammered. Wake-ups that
 * arrive during a round are not lost: the next wait returns at once.
 */
public final class WorkerLoop {
    private static final Logger LOG = Logger.getLogger(WorkerLoop.class);
    static final long FIRST_BACKOFF_MS = 100;
    static final long LONGEST_BACKOFF_MS = 10_000;

    /** One round of work. */
    @FunctionalInterface
    public interface Round {
        /** @return true when more work is waiting right now, so the next round starts without a wait */
        boolean run() throws Exception;
    }

    /** What a failed round leaves to do besides waiting, e.g. replacing a broken client. */
    @FunctionalInterface
    public interface Recovery {
        void after(Exception failure);
    }

    /** The wait after a failed round. */
    @FunctionalInterface
    interface Pause {
        void millis(long ms) throws InterruptedException;
    }

    private final String name;
    private final Round round;
    private final Recovery recovery;
    private final long idleMillis;
    private final Pause pause;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public WorkerLoop(String name, Duration idlePoll, Round round, Recovery recovery) {
        this(name, idlePoll, round, recovery, Thread::sleep);
    }

    WorkerLoop(String name, Duration idlePoll, Round round, Recovery recovery, Pause pause) {
        this.name = name;
        this.idleMillis = idlePoll.toMillis();
        this.round = round;
        this.recovery = recovery;
        this.pause = pause;
    }

    /** Starts the loop on a daemon thread of this loop's name. */
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Look for work now. */
    public void wakeUp() {
        wakeUps.release();
    }

    public boolean running() {
        return running;
    }

    /** Ends the loop after its current round, waiting at most {@code patience} for it. */
    public synchronized void stop(Duration patience) {
        running = false;
        wakeUp();
        if (thread == null) {
            return;
        }
        try {
            thread.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    void loop() {
        long backoffMs = FIRST_BACKOFF_MS;
        while (running) {
            try {
                boolean more = round.run();
                backoffMs = FIRST_BACKOFF_MS;
                if (!more && running) {
                    wakeUps.tryAcquire(idleMillis, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                recovery.after(e);
                LOG.warnf("%s failed, retrying in %d ms: %s", name, backoffMs, e.toString());
                try {
                    pause.millis(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMs = Math.min(backoffMs * 2, LONGEST_BACKOFF_MS);
            }
        }
    }
}
