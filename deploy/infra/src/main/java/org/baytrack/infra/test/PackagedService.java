package org.baytrack.infra.test;

import org.baytrack.infra.FreePorts;
import org.baytrack.infra.LocalInfrastructure;
import org.baytrack.infra.PostgresServer;
import org.baytrack.infra.ServiceJvm;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A packaged service (target/quarkus-app) run as its own process against the shared test infrastructure, for
 * tests that must kill a service the hard way and start it again.
 */
public final class PackagedService implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with the given system properties on a free port and waits until it reports ready. */
    public static PackagedService start(Path jar, String database, String name, Map<String, String> properties)
            throws IOException, InterruptedException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " does not exist: package the service first (mvn verify does)");
        }
        LocalInfrastructure infra = LocalInfrastructure.sharedForTests();
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + infra.kafkaBootstrapServers(),
                "-Dquarkus.datasource.jdbc.url=" + infra.postgres().jdbcUrl(database),
                "-Dquarkus.datasource.username=" + PostgresServer.USER,
                "-Dquarkus.datasource.password=" + PostgresServer.PASSWORD,
                "-Dbaytrack.access.ingest-key=" + AccessTable.INGEST_KEY,
                "-Dbaytrack.access.admin-key=" + AccessTable.ADMIN_KEY));
        command.addAll(ServiceJvm.REQUEST_CHECKS_OFF);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = jar.getParent().getParent().resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var service = new PackagedService(process, port, log);
        service.awaitReady();
        return service;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The service was not ready within 90 s; see " + log);
    }

    private boolean ready() {
        try {
            var c = (HttpURLConnection) URI.create(baseUrl() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hooks, no flushing, like a crashed machine. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
