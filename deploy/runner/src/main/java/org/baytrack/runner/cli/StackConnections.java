package org.baytrack.runner.cli;

import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.ServiceProcess;
import org.baytrack.runner.stack.Stack;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.stack.StackKeys;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Where each part of a started stack answers, as {@code up} prints it. */
final class StackConnections {
    private StackConnections() {
    }

    static void print(Stack stack, PrintWriter out) {
        StackConfig c = stack.config();
        out.println();
        out.println("  Kafka bootstrap servers  " + stack.kafkaBootstrapServers());
        out.println("  PostgreSQL               " + c.jdbcUrl(Service.INGEST).replace("/ingest", "/<ingest|catalog|tracker|notification>")
                + "  (user baytrack, password baytrack)");
        for (ServiceProcess p : stack.services()) {
            out.printf("  %-24s %s   (OpenAPI %s/q/openapi, log %s)%n", p.service().module(), p.baseUrl(), p.baseUrl(),
                    shortPath(c.projectRoot(), p.logFile()));
        }
        out.println("  SMTP (GreenMail)         localhost:" + c.smtpPort() + "   (mail kept in " + c.mailDir()
                + "; ./baytrack mail lists it)");
        out.println("  Loopback webhooks        " + (c.loopbackWebhookPorts().isEmpty()
                ? "refused (allow a port with --webhook-loopback-port)" : "allowed to ports " + c.loopbackWebhookPorts()));
        // the paths only: this output also goes to runner.log
        out.println("  Ingest key               in " + StackKeys.ingestFile(c.dataDir()) + "   (posting documents)");
        out.println("  Admin key                in " + StackKeys.adminFile(c.dataDir())
                + "   (entities, subscriptions, deliveries; everything)");
    }

    /** Relative to the project root when inside it. */
    static Path shortPath(Path projectRoot, Path file) {
        Path relative = projectRoot.relativize(file.toAbsolutePath());
        return relative.toString().startsWith("..") ? file : relative;
    }
}
