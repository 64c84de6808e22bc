package org.baytrack.infra.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.baytrack.infra.LocalInfrastructure;
import org.baytrack.infra.PostgresServer;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real embedded Kafka and PostgreSQL. Init arg {@code database} names the
 * service's database (one of {@link LocalInfrastructure#DATABASES}).
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
    private String database = "postgres";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        LocalInfrastructure infra = LocalInfrastructure.sharedForTests();
        return Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        // shared by every test class of the run; stopped by a JVM shutdown hook
    }
}
