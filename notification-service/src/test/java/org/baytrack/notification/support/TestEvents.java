package org.baytrack.notification.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baytrack.events.AgreementChanged;
import org.baytrack.events.EntityChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.KafkaBinding;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.Topics;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Builds project.status-changed events as the tracker would and produces them to the real broker, as the relay does. */
public class TestEvents implements AutoCloseable {
    public static final URI SOURCE = URI.create("urn:baytrack:tracker-test");

    private final KafkaProducer<String, String> producer;

    public TestEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    public static String sentence(String projectId, int n) {
        return projectId + " 第" + n + "标段于今日完成合龙，工程进入收尾阶段。";
    }

    public static OutgoingEvent statusChange(String projectId, ChangeKind change, boolean historical, int n) {
        var payload = new ProjectStatusChanged(projectId, "测试项目 " + projectId, change,
                new ProjectStatusChanged.State("under_construction", "2023-01", "2026-12", "month"),
                new ProjectStatusChanged.State("under_construction", "2025-06-0" + (1 + n % 9), "2026-12", "month"),
                new ProjectStatusChanged.Evidence(MilestoneKind.STRUCTURAL, "2025-06-01", "day", sentence(projectId, n),
                        "article-" + n, "南方日报", LocalDate.of(2025, 6, 1), "标题 " + n),
                historical);
        return EventCodec.encode(UUID.randomUUID().toString(), SOURCE, payload);
    }

    public static OutgoingEvent statusChange(String projectId, int n) {
        return statusChange(projectId, ChangeKind.MILESTONE, false, n);
    }

    /** A made-up agreement's progress: {@code done} of 16 items, signed by the parties, naming the projects. */
    public static OutgoingEvent agreementProgress(String agreementId, List<String> parties, List<String> projects,
                                                  int done) {
        var payload = new AgreementChanged(agreementId, "测试合作协议 " + agreementId, AgreementChanged.PROGRESS,
                parties.stream().map(p -> new AgreementChanged.Party(p, "甲方 " + p)).toList(), projects, "2023",
                List.of(), null, new AgreementChanged.State("in_implementation", 16, done - 1),
                new AgreementChanged.State("in_implementation", 16, done),
                new AgreementChanged.Evidence("测试协议的16个事项已完成" + done + "项。", "article-agr-" + done, "南方日报",
                        LocalDate.of(2024, 2, 1), "协议进展"),
                false);
        return EventCodec.encode(UUID.randomUUID().toString(), SOURCE, payload);
    }

    public static OutgoingEvent projectRegistered(String projectId) {
        var payload = new EntityChanged(projectId, "project", "测试项目", null, "Test project", List.of(),
                EntityChanged.REGISTERED);
        return EventCodec.encode(UUID.randomUUID().toString(), SOURCE, payload);
    }

    /** The catalog deleted the entity: its id with no value on the compacted entity topic. */
    public void sendTombstone(String entityId) {
        try {
            producer.send(new ProducerRecord<>(Topics.ENTITIES_CHANGED, entityId, null)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not produce a tombstone for " + entityId, e);
        }
    }

    public void send(OutgoingEvent event) {
        try {
            producer.send(KafkaBinding.structured(event.topic(), event.key(), event.json())).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not produce " + event.id() + " to " + event.topic(), e);
        }
    }

    public static String topic() {
        return Topics.PROJECT_STATUS_CHANGED;
    }

    @Override
    public void close() {
        producer.close();
    }
}
