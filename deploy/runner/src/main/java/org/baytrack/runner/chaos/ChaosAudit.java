package org.baytrack.runner.chaos;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.baytrack.infra.PostgresServer;
import org.baytrack.runner.stack.Service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the chaos stack's own databases and broker: what was cataloged, alerted, left unsent or dead-lettered. */
final class ChaosAudit {
    private final Function<Service, String> jdbcUrls;
    private final String bootstrapServers;

    ChaosAudit(Function<Service, String> jdbcUrls, String bootstrapServers) {
        this.jdbcUrls = jdbcUrls;
        this.bootstrapServers = bootstrapServers;
    }

    /** Catalog articles per document id, for the given documents. */
    Map<String, Integer> articlesPerDocument(Collection<String> documentIds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = connect(Service.CATALOG); var query = c.prepareStatement(
                "select document_id, count(*) from article where document_id = any(?) group by document_id")) {
            query.setArray(1, c.createArrayOf("text", documentIds.toArray()));
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The event ids of every status change the tracker recorded (and so published) for these projects. */
    Set<String> statusChanges(Collection<String> projectIds) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = connect(Service.TRACKER); var query = c.prepareStatement(
                "select event_id from status_change where project_id = any(?)")) {
            query.setArray(1, c.createArrayOf("text", projectIds.toArray()));
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Outbox rows not yet sent, per service. */
    Map<Service, Integer> unsent() throws SQLException {
        return countPerService("select count(*) from outbox");
    }

    /** Events the broker refused for good, parked by the relays, per service. */
    Map<Service, Integer> rejected() throws SQLException {
        return countPerService("select count(*) from outbox_rejected");
    }

    private Map<Service, Integer> countPerService(String sql) throws SQLException {
        Map<Service, Integer> counts = new java.util.EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            try (Connection c = connect(s); var rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                counts.put(s, rs.getInt(1));
            }
        }
        return counts;
    }

    /**
     * Records on the Baytrack topics that a consumer group has not committed yet, over every group with members: 0
     * once every service has read everything. A killed service's per-instance group is left empty, and skipped.
     */
    long consumerLag() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = admin()) {
            long lag = 0;
            for (var group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                if (group.groupState().filter(g -> g == GroupState.EMPTY || g == GroupState.DEAD).isPresent()) {
                    continue;
                }
                Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                committed.keySet().removeIf(p -> !p.topic().startsWith("baytrack."));
                if (committed.isEmpty()) {
                    continue;
                }
                var latest = admin.listOffsets(committed.keySet().stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get(30, TimeUnit.SECONDS);
                for (var e : committed.entrySet()) {
                    if (e.getValue() != null) {
                        lag += Math.max(0, latest.get(e.getKey()).offset() - e.getValue().offset());
                    }
                }
            }
            return lag;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Records on every dead-letter topic (the consumers' {@code dead-letter-topic-<channel>}), per topic. */
    Map<String, Long> deadLetters() throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = admin()) {
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith("dead-letter")).sorted().toList();
            if (topics.isEmpty()) {
                return Map.of();
            }
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = described.values().stream().flatMap(d -> d.partitions().stream()
                    .map(p -> new TopicPartition(d.name(), p.partition()))).collect(Collectors.toSet());
            var earliest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())))
                    .all().get(30, TimeUnit.SECONDS);
            var latest = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(30, TimeUnit.SECONDS);
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (TopicPartition p : partitions) {
                counts.merge(p.topic(), latest.get(p).offset() - earliest.get(p).offset(), Long::sum);
            }
            return counts;
        }
    }

    private Connection connect(Service service) throws SQLException {
        return DriverManager.getConnection(jdbcUrls.apply(service), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
