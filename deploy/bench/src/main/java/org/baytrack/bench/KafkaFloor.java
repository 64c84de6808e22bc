package org.baytrack.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baytrack.events.KafkaBinding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under the pipeline's latency: plain kafka-clients, produce → consume → produce ... through as many
 * topics as the pipeline has hops (documents.ingested, articles.cataloged, projects.status-changed), on the same
 * broker, with the producer settings and the CloudEvents content-type header of the outbox relay and the consumer
 * settings of the services' SmallRye channels. Throw-away topics are created and deleted.
 */
public final class KafkaFloor {
    /** OutboxRelay's producer (libs/service-commons). */
    static Map<String, Object> producerSettings(String bootstrap) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return p;
    }

    /** The SmallRye Kafka connector's consumer defaults as the services use them (manual commits, String values). */
    static Map<String, Object> consumerSettings(String bootstrap, String group) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return c;
    }

    public record Result(int sent, int received, Percentiles latency) {
    }

    private final String bootstrap;

    public KafkaFloor(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /**
     * Sends {@code count} messages of {@code payloadBytes} at {@code rate} per second through {@code hops} topics and
     * measures first send to last receive per message.
     */
    public Result run(int hops, int count, double rate, int payloadBytes, Duration timeout) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> topics = new ArrayList<>();
        for (int i = 1; i <= hops; i++) {
            topics.add("bench-floor-" + run + "-" + i);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
            try {
                return measure(topics, count, rate, payloadBytes, timeout);
            } finally {
                admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private Result measure(List<String> topics, int count, double rate, int payloadBytes, Duration timeout)
            throws Exception {
        LatencyRecorder latency = new LatencyRecorder();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger received = new AtomicInteger();
        List<Thread> hops = new ArrayList<>();
        List<AtomicBoolean> assigned = new ArrayList<>();
        String padding = "x".repeat(Math.max(0, payloadBytes - 40));
        for (int i = 0; i < topics.size(); i++) {
            String from = topics.get(i);
            String to = i + 1 < topics.size() ? topics.get(i + 1) : null;
            AtomicBoolean ready = new AtomicBoolean();
            assigned.add(ready);
            Thread t = new Thread(() -> hop(from, to, ready, running, latency, received), "bench-floor-hop-" + (i + 1));
            t.setDaemon(true);
            t.start();
            hops.add(t);
        }
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (assigned.stream().anyMatch(a -> !a.get()) && System.nanoTime() < waitUntil) {
            Thread.sleep(20);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings(bootstrap))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (rate > 0) {
                    long due = t0 + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                producer.send(KafkaBinding.structured(topics.get(0), "project-" + (i % 40),
                        System.nanoTime() + ";" + i + ";" + padding));
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        running.set(false);
        for (Thread t : hops) {
            t.join(5_000);
        }
        return new Result(count, received.get(), latency.percentiles());
    }

    private void hop(String from, String to, AtomicBoolean ready, AtomicBoolean running, LatencyRecorder latency,
                     AtomicInteger received) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings(bootstrap,
                "bench-floor-" + from));
             KafkaProducer<String, String> producer = to == null ? null : new KafkaProducer<>(producerSettings(bootstrap))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(from)) {
                partitions.add(new TopicPartition(from, p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position);
            ready.set(true);
            while (running.get()) {
                var records = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<String, String> r : records) {
                    if (producer != null) {
                        producer.send(KafkaBinding.structured(to, r.key(), r.value()));
                    } else {
                        long sent = Long.parseLong(r.value().substring(0, r.value().indexOf(';')));
                        latency.record(System.nanoTime() - sent);
                        received.incrementAndGet();
                    }
                }
                if (!records.isEmpty()) {
                    consumer.commitAsync();
                }
            }
        }
    }
}
