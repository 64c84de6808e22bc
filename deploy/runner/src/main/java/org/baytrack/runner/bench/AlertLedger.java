package org.baytrack.runner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.bench.SyntheticDocuments.SyntheticDocument;
import org.baytrack.runner.client.BaytrackClient;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every document the bench sent and the alerts it caused. An alert finds its document by project and new forecast
 * opening (unique per document), and is checked against the document's article once that is known.
 */
public final class AlertLedger {
    /** What happened to one document. Times are System.nanoTime(). */
    public static final class Entry {
        public final SyntheticDocument doc;
        volatile long sentNanos;
        volatile long acceptedNanos;
        volatile String documentId;
        volatile String ingestError;
        volatile long webhookNanos;
        volatile long sseNanos;
        volatile String alertArticleId;
        volatile String alertEventId;
        volatile String alertChange;
        volatile String alertPreviousForecast;
        volatile String catalogArticleId;
        final AtomicInteger webhookAlerts = new AtomicInteger();

        Entry(SyntheticDocument doc) {
            this.doc = doc;
        }

        public boolean alerted() {
            return webhookNanos != 0;
        }

        public long latencyNanos() {
            return webhookNanos - sentNanos;
        }
    }

    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();
    private final Set<String> webhookEventIds = ConcurrentHashMap.newKeySet();
    private final Set<String> sseEventIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicateWebhooks = new AtomicInteger();
    private final AtomicInteger unmatchedWebhooks = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger alertsMatched = new AtomicInteger();
    private final AtomicInteger sseMatched = new AtomicInteger();
    private final AtomicLong lastAlertNanos = new AtomicLong();

    public Entry register(SyntheticDocument doc) {
        Entry e = new Entry(doc);
        byKey.put(doc.key(), e);
        return e;
    }

    public Collection<Entry> entries() {
        return byKey.values();
    }

    public Entry entry(SyntheticDocument doc) {
        return byKey.get(doc.key());
    }

    /** A webhook delivery: counts duplicates by event id (the receiver's idempotency key). */
    public void onWebhook(String eventId, JsonNode event, boolean signatureOk, long nowNanos) {
        if (!signatureOk) {
            badSignatures.incrementAndGet();
        }
        if (eventId != null && !webhookEventIds.add(eventId)) {
            duplicateWebhooks.incrementAndGet();
            return;
        }
        Entry e = match(event);
        if (e == null) {
            unmatchedWebhooks.incrementAndGet();
            return;
        }
        if (e.webhookAlerts.incrementAndGet() == 1) {
            JsonNode data = event.path("data");
            e.alertArticleId = BaytrackClient.text(data.path("evidence"), "articleId");
            e.alertEventId = eventId != null ? eventId : BaytrackClient.text(event, "id");
            e.alertChange = BaytrackClient.text(data, "change");
            e.alertPreviousForecast = BaytrackClient.text(data.path("previous"), "forecastOpening");
            e.webhookNanos = nowNanos;
            alertsMatched.incrementAndGet();
            lastAlertNanos.accumulateAndGet(nowNanos, Math::max);
        }
    }

    /** A server-sent event on the public stream. */
    public void onSse(String eventId, JsonNode event, long nowNanos) {
        if (eventId != null && !sseEventIds.add(eventId)) {
            return;
        }
        Entry e = match(event);
        if (e != null && e.sseNanos == 0) {
            e.sseNanos = nowNanos;
            sseMatched.incrementAndGet();
        }
    }

    private Entry match(JsonNode event) {
        if (event == null) {
            return null;
        }
        JsonNode data = event.path("data");
        String project = BaytrackClient.text(data, "projectId");
        String forecast = BaytrackClient.text(data.path("current"), "forecastOpening");
        if (project == null || forecast == null) {
            return null;
        }
        return byKey.get(SyntheticDocuments.alertKey(project, forecast));
    }

    public int alertsMatched() {
        return alertsMatched.get();
    }

    public int sseMatched() {
        return sseMatched.get();
    }

    /** The event ids the webhook received, each once. */
    public Set<String> webhookEventIds() {
        return Set.copyOf(webhookEventIds);
    }

    public int duplicateWebhooks() {
        return duplicateWebhooks.get();
    }

    /** Same document alerted under more than one event id: an effect published twice. */
    public int extraAlerts() {
        return byKey.values().stream().mapToInt(e -> Math.max(0, e.webhookAlerts.get() - 1)).sum();
    }

    public int unmatchedWebhooks() {
        return unmatchedWebhooks.get();
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    public long lastAlertNanos() {
        return lastAlertNanos.get();
    }
}
