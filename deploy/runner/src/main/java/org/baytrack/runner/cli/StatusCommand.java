package org.baytrack.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.baytrack.runner.board.BoardTables;
import org.baytrack.runner.board.Table;
import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.stack.ProcessTools;
import org.baytrack.runner.stack.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Health of Kafka, PostgreSQL and every service, then the project board.")
public final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrlOptions urls;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder of a local stack (env BAYTRACK_HOME)")
    Path dataDirOption;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS, default ${DEFAULT-VALUE})")
    String kafka;

    @Option(names = "--postgres", paramLabel = "JDBC-URL", defaultValue = "${env:BAYTRACK_POSTGRES_URL:-jdbc:postgresql://localhost:5432/ingest}",
            description = "a PostgreSQL database to check (env BAYTRACK_POSTGRES_URL, default ${DEFAULT-VALUE})")
    String postgres;

    @Option(names = "--smtp", paramLabel = "HOST:PORT", defaultValue = "${env:BAYTRACK_SMTP:-localhost:1025}",
            description = "the SMTP server notification sends to (env BAYTRACK_SMTP, default ${DEFAULT-VALUE})")
    String smtp;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = RunnerHome.dataDir(dataDirOption);
        BaytrackClient client = new BaytrackClient(urls.endpoints());
        Table table = new Table("PART", "STATE", "WHERE", "DETAIL").limit(3, 70);
        boolean allUp = true;

        var runner = ProcessTools.readPid(dataDir.resolve(RunnerHome.RUNNER_PID_FILE)).filter(ProcessTools::isAlive);
        table.row("local runner", runner.isPresent() ? "RUNNING" : "-", dataDir.toString(),
                runner.map(pid -> "pid " + pid + "; " + StackDaemon.state(dataDir)).orElse("no stack started from this folder"));

        String[] k = kafka(kafka);
        allUp &= k[0].equals("UP");
        table.row("kafka", k[0], kafka, k[1]);
        String[] pg = postgres(postgres);
        allUp &= pg[0].equals("UP");
        table.row("postgresql", pg[0], postgres.replaceFirst("^jdbc:postgresql://", ""), pg[1]);
        // not counted in the exit code: notification runs without SMTP, its e-mail deliveries wait and retry
        String[] mail = smtp(smtp);
        int kept = new org.baytrack.runner.mail.MailArchive(dataDir.resolve("mail")).files().size();
        table.row("smtp", mail[0], smtp, mail[1] + (kept > 0 ? "; " + kept + " message(s) kept, ./baytrack mail" : ""));
        for (Service s : Service.values()) {
            BaytrackClient.Health h = client.health(s);
            allUp &= h.up();
            table.row(s.module(), h.httpStatus() == 0 ? "UNREACHABLE" : h.up() ? "UP" : "DOWN (" + h.httpStatus() + ")",
                    client.endpoints().url(s), healthDetail(h));
        }
        out.print(table.render());
        out.println();
        try {
            out.print(BoardTables.projects(client.projects(), false));
            out.println();
            out.println("Project board in a browser: " + client.endpoints().boardPage());
        } catch (ApiException e) {
            out.println("Project board unavailable: " + e.getMessage());
        }
        return allUp ? 0 : 1;
    }

    /** UP when the server greets with 220 (RFC 5321), with its greeting as the detail. */
    static String[] smtp(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(hostPort.substring(0, colon),
                    Integer.parseInt(hostPort.substring(colon + 1))), 2000);
            socket.setSoTimeout(2000);
            String greeting = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            socket.getOutputStream().write("QUIT\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return greeting != null && greeting.startsWith("220") ? new String[]{"UP", greeting.substring(3).strip()}
                    : new String[]{"DOWN", "no SMTP greeting: " + greeting};
        } catch (java.io.IOException | RuntimeException e) {
            return new String[]{"UNREACHABLE", e.getMessage() == null ? e.toString() : e.getMessage()};
        }
    }

    static String healthDetail(BaytrackClient.Health h) {
        if (h.body() == null) {
            return h.httpStatus() == 0 ? "not reachable" : "";
        }
        List<String> parts = new ArrayList<>();
        JsonNode checks = h.body().get("checks");
        if (checks != null) {
            for (JsonNode c : checks) {
                String status = BaytrackClient.text(c, "status");
                String name = BaytrackClient.text(c, "name");
                parts.add(("UP".equals(status) ? "" : "✗ ") + name);
            }
        }
        return String.join(", ", parts);
    }

    static String[] kafka(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000))) {
            DescribeClusterResult cluster = admin.describeCluster();
            int nodes = cluster.nodes().get(5, TimeUnit.SECONDS).size();
            String id = cluster.clusterId().get(5, TimeUnit.SECONDS);
            int topics = (int) admin.listTopics().names().get(5, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith("baytrack.")).count();
            return new String[]{"UP", nodes + " broker(s), cluster " + id + ", " + topics + " baytrack topics"};
        } catch (Exception e) {
            return new String[]{"UNREACHABLE", "no broker answered within 5 s"};
        }
    }

    static String[] postgres(String jdbcUrl) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "baytrack", "baytrack")) {
            var md = c.getMetaData();
            return new String[]{"UP", md.getDatabaseProductName() + " " + md.getDatabaseProductVersion()};
        } catch (SQLException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            return new String[]{"UNREACHABLE", msg};
        }
    }
}
