package org.baytrack.tracker.schema;

import org.baytrack.infra.LocalInfrastructure;
import org.baytrack.infra.PostgresServer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database the previous release migrated (every tracker migration, the shared V0_1 only) takes the shared V0_2 and
 * V0_3 that sort below them, with the Flyway settings of this service's application.properties.
 */
class SchemaUpgradeTest {
    static final LocalInfrastructure INFRA = LocalInfrastructure.sharedForTests();

    @TempDir
    Path previousRelease;

    @Test
    void aDatabaseOfThePreviousReleaseTakesTheLaterSharedMigration() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        // a schema of its own in the test server's tracker database stands for the previous release's database
        String schema = "upgrade_" + System.nanoTime();
        String url = INFRA.postgres().jdbcUrl("tracker") + "?currentSchema=" + schema;
        try (InputStream v01 = getClass().getResourceAsStream("/db/service-commons/V0_1__outbox_and_processed_events.sql")) {
            Files.copy(v01, previousRelease.resolve("V0_1__outbox_and_processed_events.sql"));
        }
        Flyway.configure().dataSource(url, PostgresServer.USER, PostgresServer.PASSWORD).schemas(schema)
                .locations("classpath:db/migration", "filesystem:" + previousRelease).load().migrate();

        String[] locations = Arrays.stream(config.getProperty("quarkus.flyway.locations").split(","))
                .map(l -> "classpath:" + l.trim()).toArray(String[]::new);
        assertThatThrownBy(() -> Flyway.configure().dataSource(url, PostgresServer.USER, PostgresServer.PASSWORD).schemas(schema)
                .locations(locations).load().validate())
                .as("in order, Flyway refuses a migration below the applied ones").isInstanceOf(FlywayException.class);

        var current = Flyway.configure().dataSource(url, PostgresServer.USER, PostgresServer.PASSWORD).schemas(schema)
                .locations(locations)
                .outOfOrder(Boolean.parseBoolean(config.getProperty("quarkus.flyway.out-of-order"))).load();
        var result = current.migrate();
        current.validate();

        assertThat(result.migrations).extracting(m -> m.version).containsExactly("0.2", "0.3");
        try (var c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             var rs = c.createStatement().executeQuery("select count(*) from outbox_rejected");
             var columns = c.getMetaData().getColumns(null, schema, "outbox", "sent_at")) {
            assertThat(rs.next()).isTrue();
            assertThat(columns.next()).as("V0_3 drops the outbox's sent_at").isFalse();
        }
    }
}
