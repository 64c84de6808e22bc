package org.baytrack.events;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Creates Baytrack's topics when they are missing. Every producing service calls it at start-up, so a fresh
 * broker (embedded, docker-compose or production) needs no separate set-up step.
 */
public final class TopicProvisioner {
    public static final int PARTITIONS = 3;

    private TopicProvisioner() {
    }

    public static List<NewTopic> definitions(short replication) {
        return List.of(
                new NewTopic(Topics.DOCUMENTS_INGESTED, PARTITIONS, replication)
                        .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024))),
                new NewTopic(Topics.ARTICLES_CATALOGED, PARTITIONS, replication)
                        .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024))),
                new NewTopic(Topics.ENTITIES_CHANGED, PARTITIONS, replication)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(Topics.PROJECT_STATUS_CHANGED, PARTITIONS, replication),
                new NewTopic(Topics.AGREEMENT_CHANGED, PARTITIONS, replication));
    }

    public static void ensureTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            short replication = (short) Math.min(3, admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size());
            List<NewTopic> missing = definitions(replication).stream()
                    .filter(t -> !existing.contains(t.name()))
                    .collect(Collectors.toList());
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create Kafka topics on " + bootstrapServers + ": " + e, e);
        }
    }
}
