package org.baytrack.runner.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.synthetic.SyntheticDocuments.SyntheticDocument;
import org.baytrack.runner.webhook.WebhookReceiver;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every synthetic document the bench or chaos sent and the alerts it caused. An alert finds its document by project and new forecast
 * opening (unique per document), and is checked against the document's article once that is known.
 */
public final class AlertLedger {
    /**
     * What happened to one document. Times are System.nanoTime(). The sender records ingest's answer, the ledger the
     * alerts, the bench's catalog check the article.
     */
    public static final class Entry {
        public final SyntheticDocument doc;
        private volatile long sentNanos;
        private volatile long acceptedNanos;
        private volatile String documentId;
        private volatile String ingestError;
        private volatile long webhookNanos;
        private volatile long sseNanos;
        private volatile String alertArticleId;
        private volatile String alertEventId;
        private volatile String alertPreviousForecast;
        private volatile String catalogArticleId;
        private final AtomicInteger webhookAlerts = new AtomicInteger();

        Entry(SyntheticDocument doc) {
            this.doc = doc;
        }

        public void sent(long nanos) {
            sentNanos = nanos;
        }

        /** Ingest answered: with the document's id, or with why it refused it ({@code documentId} null). */
        public void answered(long nanos, String documentId, String ingestError) {
            acceptedNanos = nanos;
            this.documentId = documentId;
            this.ingestError = ingestError;
        }

        /** The request failed without an answer. */
        public void failed(String error) {
            ingestError = error;
        }

        public void cataloged(String articleId) {
            catalogArticleId = articleId;
        }

        public boolean alerted() {
            return webhookNanos != 0;
        }

        public long latencyNanos() {
            return webhookNanos - sentNanos;
        }

        public long sentNanos() {
            return sentNanos;
        }

        public long acceptedNanos() {
            return acceptedNanos;
        }

        public String documentId() {
            return documentId;
        }

        public String ingestError() {
            return ingestError;
        }

        public long webhookNanos() {
            return webhookNanos;
        }

        public long sseNanos() {
            return sseNanos;
        }

        public String alertArticleId() {
            return alertArticleId;
        }

        public String alertEventId() {
            return alertEventId;
        }

        public String alertPreviousForecast() {
            return alertPreviousForecast;
        }

        public String catalogArticleId() {
            return catalogArticleId;
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
    public void onWebhook(WebhookReceiver.Delivery delivery) {
        if (!delivery.signatureValid()) {
            badSignatures.incrementAndGet();
        }
        String eventId = delivery.eventId();
        if (eventId != null && !webhookEventIds.add(eventId)) {
            duplicateWebhooks.incrementAndGet();
            return;
        }
        JsonNode event = parse(delivery.body());
        Entry e = match(event);
        if (e == null) {
            unmatchedWebhooks.incrementAndGet();
            return;
        }
        if (e.webhookAlerts.incrementAndGet() == 1) {
            JsonNode data = event.path("data");
            e.alertArticleId = BaytrackClient.text(data.path("evidence"), "articleId");
            e.alertEventId = eventId != null ? eventId : BaytrackClient.text(event, "id");
            e.alertPreviousForecast = BaytrackClient.text(data.path("previous"), "forecastOpening");
            e.webhookNanos = delivery.receivedNanos();
            alertsMatched.incrementAndGet();
            lastAlertNanos.accumulateAndGet(delivery.receivedNanos(), Math::max);
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

    private static JsonNode parse(String body) {
        try {
            return BaytrackClient.JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            return null;
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
