package org.baytrack.runner.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.client.BaytrackClient;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the notification service's public alert stream for as long as the run lasts, and after every break (the
 * service or its database killed) reconnects with the Last-Event-ID of the last event it saw, as a browser would.
 */
final class ResumingStream implements AutoCloseable {
    private final BaytrackClient client;
    private final Set<String> eventIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();
    private final Thread reader;
    private volatile long lastEventId;
    private volatile boolean running = true;

    ResumingStream(BaytrackClient client) {
        this.client = client;
        this.reader = new Thread(this::read, "chaos-sse");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        while (running) {
            try {
                client.streamAlerts(null, true, lastEventId, event -> {
                    if (event.id() != null) {
                        lastEventId = Long.parseLong(event.id().trim());
                    }
                    String cloudEventId = cloudEventId(event.data());
                    if (cloudEventId != null && !eventIds.add(cloudEventId)) {
                        repeats.incrementAndGet();
                    }
                });
            } catch (RuntimeException broken) {
                // the service is down or restarting: reconnect below
            }
            if (running) {
                reconnects.incrementAndGet();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static String cloudEventId(String data) {
        try {
            JsonNode event = BaytrackClient.JSON.readTree(data);
            return BaytrackClient.text(event, "id");
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The CloudEvent ids of every alert the stream delivered. */
    Set<String> eventIds() {
        return Set.copyOf(eventIds);
    }

    /** Alerts delivered again after a reconnect: the resume should prevent every one. */
    int repeats() {
        return repeats.get();
    }

    int reconnects() {
        return reconnects.get();
    }

    @Override
    public void close() {
        running = false;
        reader.interrupt();
    }
}
