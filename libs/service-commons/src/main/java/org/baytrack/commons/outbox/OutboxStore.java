package org.baytrack.commons.outbox;

import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The SQL of tables {@code outbox} and {@code outbox_rejected}: rows written by producers, taken by the relay. */
final class OutboxStore {
    /**
     * The outbox is a queue: rows come in at the tail and leave at the head, so the table is mostly dead rows
     * between vacuums and its statistics say it is empty. The planner would then choose sequential scans over all
     * of it; the primary key reads only the rows taken.
     */
    static final String INDEX_ONLY = "set local enable_seqscan = off";
    static final String CLAIM = "delete from outbox where seq = any(array("
            + "select seq from outbox order by seq limit ? for update skip locked)) "
            + "returning seq, event_id, topic, record_key, payload";

    /** A row taken from the outbox; a null payload is a tombstone. */
    record Pending(long seq, String eventId, String topic, String key, String payload) {
        long payloadBytes() {
            return payload == null ? 0 : payload.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /** A row the broker refused for good, with its error. */
    record Refused(Pending row, String error) {
    }

    private OutboxStore() {
    }

    /** Adds a row to the caller's transaction; the same event id twice is stored once. */
    static void insert(EntityManager em, String eventId, String topic, String key, String payload) {
        em.createNativeQuery("insert into outbox (event_id, topic, record_key, payload) "
                        + "values (:eventId, :topic, :key, cast(:payload as text)) on conflict (event_id) do nothing")
                .setParameter("eventId", eventId)
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("payload", payload)
                .executeUpdate();
    }

    /**
     * Takes the oldest rows out of the outbox and returns them, oldest first, in one statement; they are gone only
     * if the connection's transaction commits. Sent rows are not kept: Kafka holds the events.
     */
    static List<Pending> claim(Connection c, int limit) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute(INDEX_ONLY);
        }
        try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
            claim.setInt(1, limit);
            try (var rs = claim.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Pending(rs.getLong("seq"), rs.getString("event_id"), rs.getString("topic"),
                            rs.getString("record_key"), rs.getString("payload")));
                }
            }
        }
        // RETURNING follows no order; a project's events must reach Kafka in the order they were written
        batch.sort(Comparator.comparingLong(Pending::seq));
        return batch;
    }

    /** In the transaction that takes the rows out of the outbox, so a row is either pending, sent or parked. */
    static void park(Connection c, List<Refused> refused) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into outbox_rejected (seq, event_id, topic, "
                + "record_key, payload, payload_bytes, error) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            for (Refused r : refused) {
                insert.setLong(1, r.row().seq());
                insert.setString(2, r.row().eventId());
                insert.setString(3, r.row().topic());
                insert.setString(4, r.row().key());
                insert.setString(5, r.row().payload());
                insert.setLong(6, r.row().payloadBytes());
                insert.setString(7, r.error());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Losing this commit in a crash only means sending the batch again, which consumers drop by event id. */
    static void commitWithoutWaitingForTheDisk(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local synchronous_commit = off");
        }
        c.commit();
    }

    static void vacuum(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum outbox");
        }
    }
}
