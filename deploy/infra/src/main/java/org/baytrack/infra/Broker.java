package org.baytrack.infra;

/** The stack's Kafka broker, wherever it runs. */
public interface Broker extends AutoCloseable {
    String bootstrapServers();

    @Override
    void close();
}
