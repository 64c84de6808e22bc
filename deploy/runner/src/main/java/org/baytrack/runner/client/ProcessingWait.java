package org.baytrack.runner.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Waits for documents to make their way through the pipeline, by asking the services rather than guessing. */
public final class ProcessingWait {
    private ProcessingWait() {
    }

    /**
     * Polls the catalog's {@code GET /articles?document={id}} until each document has its article. Returns how many
     * did within the timeout.
     */
    public static int awaitCataloged(BaytrackClient client, List<String> ids, Duration timeout) {
        Set<String> pending = new HashSet<>(ids);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            pending.removeIf(id -> {
                try {
                    return client.articleOfDocument(id) != null;
                } catch (ApiException e) {
                    return false;
                }
            });
            if (!pending.isEmpty()) {
                sleep(500);
            }
        }
        return ids.size() - pending.size();
    }

    /**
     * Polls the tracker's {@code GET /projects} until it has not changed for {@code quiet}, at most {@code timeout};
     * returns the last answer (null if the tracker never answered).
     */
    public static JsonNode awaitBoardSettled(BaytrackClient client, Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        long sameSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            JsonNode now;
            try {
                now = client.projects();
            } catch (ApiException e) {
                now = null;
            }
            if (now == null || !now.equals(last)) {
                last = now;
                sameSince = System.nanoTime();
            } else if (System.nanoTime() - sameSince >= quiet.toNanos()) {
                return last;
            }
            sleep(500);
        }
        return last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
