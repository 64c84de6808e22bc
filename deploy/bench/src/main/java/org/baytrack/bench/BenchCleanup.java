package org.baytrack.bench;

import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.synthetic.BenchProjects;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Removes what the bench added: its subscription and its projects (which takes them off the board with their
 * timelines). Runs at the end of the run and from a shutdown hook when the run is interrupted; once.
 */
final class BenchCleanup implements Runnable {
    final BenchProjects projects;
    private final BaytrackClient client;
    private final PrintWriter err;
    volatile String subscription;
    private boolean done;

    BenchCleanup(BaytrackClient client, PrintWriter err) {
        this.projects = new BenchProjects(client);
        this.client = client;
        this.err = err;
    }

    @Override
    public synchronized void run() {
        if (done) {
            return;
        }
        done = true;
        if (subscription != null) {
            try {
                client.deleteSubscription(subscription);
            } catch (RuntimeException e) {
                err.println("warning: could not delete the bench subscription " + subscription + ": " + e.getMessage());
            }
        }
        List<String> left = projects.deleteAll(Duration.ofSeconds(60));
        if (!left.isEmpty()) {
            err.println("warning: could not remove the bench projects " + String.join(", ", left)
                    + "; remove them with DELETE /entities/{id} on the catalog");
        }
        err.flush();
    }
}
