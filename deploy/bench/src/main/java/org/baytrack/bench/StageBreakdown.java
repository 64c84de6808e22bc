package org.baytrack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.baytrack.events.Topics;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.synthetic.AlertLedger.Entry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where each alerted document's time went, stage by stage, read from the timestamps the outbox relays put on the
 * Kafka records when they send them: ingest (POST to document.ingested sent), catalog (to article.cataloged
 * sent), tracker (to project.status-changed sent) and notification (to the webhook received). A stage includes
 * its consumer's wait for the poll in progress, the poll's transaction and the relay. The four add up to the
 * alert latency, give or take the clock reads of two processes on the same machine.
 */
final class StageBreakdown {
    static final List<String> STAGES = List.of("ingest", "catalog", "tracker", "notification");

    private StageBreakdown() {
    }

    /** Turns System.nanoTime() readings into wall-clock milliseconds, comparable with Kafka record timestamps. */
    record Clock(long nanos, long millis) {
        static Clock now() {
            return new Clock(System.nanoTime(), System.currentTimeMillis());
        }

        long epochMillis(long nanoTime) {
            return millis + (nanoTime - nanos) / 1_000_000L;
        }
    }

    /** Stage latencies (ms) of the alerted entries, read from the three topics from {@code sinceMillis} on. */
    static Map<String, LatencyRecorder> measure(String bootstrap, long sinceMillis, List<Entry> entries,
                                                Clock clock) {
        Map<String, Long> ingested = new HashMap<>();
        Map<String, Long> cataloged = new HashMap<>();
        Map<String, Long> changed = new HashMap<>();
        read(bootstrap, sinceMillis, record -> {
            JsonNode event = parse(record.value());
            JsonNode data = event.path("data");
            switch (record.topic()) {
                case Topics.DOCUMENTS_INGESTED ->
                        ingested.putIfAbsent(BaytrackClient.text(data, "documentId"), record.timestamp());
                case Topics.ARTICLES_CATALOGED ->
                        cataloged.putIfAbsent(BaytrackClient.text(data, "documentId"), record.timestamp());
                default -> changed.putIfAbsent(BaytrackClient.text(event, "id"), record.timestamp());
            }
        });
        return spans(entries, ingested, cataloged, changed, clock);
    }

    /**
     * @param ingested  document id to the time its document.ingested was sent
     * @param cataloged document id to the time its article.cataloged was sent
     * @param changed   event id to the time that project.status-changed was sent
     */
    static Map<String, LatencyRecorder> spans(List<Entry> entries, Map<String, Long> ingested,
                                              Map<String, Long> cataloged, Map<String, Long> changed, Clock clock) {
        Map<String, LatencyRecorder> stages = new LinkedHashMap<>();
        STAGES.forEach(s -> stages.put(s, new LatencyRecorder()));
        for (Entry e : entries) {
            Long t1 = ingested.get(e.documentId());
            Long t2 = cataloged.get(e.documentId());
            Long t3 = e.alertEventId() == null ? null : changed.get(e.alertEventId());
            if (!e.alerted() || t1 == null || t2 == null || t3 == null) {
                continue;
            }
            long sent = clock.epochMillis(e.sentNanos());
            long received = clock.epochMillis(e.webhookNanos());
            long[] spans = {t1 - sent, t2 - t1, t3 - t2, received - t3};
            for (int i = 0; i < spans.length; i++) {
                stages.get(STAGES.get(i)).record(Math.max(0, spans[i]) * 1_000_000L);
            }
        }
        return stages;
    }

    private static void read(String bootstrap, long sinceMillis, Consumer<ConsumerRecord<String, String>> sink) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.DOCUMENTS_INGESTED, Topics.ARTICLES_CATALOGED,
                    Topics.PROJECT_STATUS_CHANGED)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(p -> since.put(p, sinceMillis));
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(since);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> remaining = new HashMap<>();
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp from = start.get(p);
                if (from != null && from.offset() < end.get(p)) {
                    consumer.seek(p, from.offset());
                    remaining.put(p, end.get(p));
                } else {
                    consumer.seek(p, end.get(p));
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!remaining.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition p = new TopicPartition(record.topic(), record.partition());
                    if (remaining.containsKey(p)) {
                        sink.accept(record);
                        if (record.offset() + 1 >= remaining.get(p)) {
                            remaining.remove(p);
                        }
                    }
                }
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return BaytrackClient.JSON.readTree(json);
        } catch (Exception e) {
            return BaytrackClient.JSON.missingNode();
        }
    }
}
