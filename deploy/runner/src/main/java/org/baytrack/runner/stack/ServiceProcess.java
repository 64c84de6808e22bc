package org.baytrack.runner.stack;

import org.baytrack.infra.ServiceJvm;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service running as its own JVM ({@code java -jar <module>/target/quarkus-app/quarkus-run.jar}), its output
 * appended to {@code <data dir>/logs/<module>.log}.
 */
public final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final int port;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(Service service, int port, Process process, Path logFile) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    static List<String> command(Path jar, StackConfig config) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(config.serviceJvmOptions());
        // last, so no BAYTRACK_SERVICE_JAVA_OPTS turns the checks back on
        command.addAll(ServiceJvm.REQUEST_CHECKS_OFF);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        return command;
    }

    public static ServiceProcess start(Service service, StackConfig config) throws IOException {
        Path jar = service.appJar(config.projectRoot());
        Path logFile = config.logDir().resolve(service.module() + ".log");
        Path workDir = config.dataDir().resolve("work").resolve(service.module());
        Files.createDirectories(workDir);
        Files.createDirectories(logFile.getParent());

        List<String> command = command(jar, config);
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        pb.environment().putAll(environment(service, config));
        Files.writeString(logFile, "---- " + java.time.Instant.now() + " starting " + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return new ServiceProcess(service, config.httpPort(service), pb.start(), logFile);
    }

    /** The environment every service reads (the same variables docker-compose sets). */
    public static Map<String, String> environment(Service service, StackConfig config) {
        var env = new java.util.LinkedHashMap<String, String>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(config.httpPort(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.jdbcUrl(service));
        env.put("QUARKUS_DATASOURCE_USERNAME", "baytrack");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "baytrack");
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        // one machine's stack: nothing else on the network reaches it (containers listen on all interfaces)
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // the services read the keys from the files, so no key is in an environment or a command line
        env.put("BAYTRACK_ACCESS_INGEST_KEY_FILE", StackKeys.ingestFile(config.dataDir()).toAbsolutePath().toString());
        env.put("BAYTRACK_ACCESS_ADMIN_KEY_FILE", StackKeys.adminFile(config.dataDir()).toAbsolutePath().toString());
        if (service == Service.TRACKER) {
            // the article view and the candidates page read the catalog from the tracker's server
            env.put("BAYTRACK_PAGES_CATALOG_URL", config.baseUrl(Service.CATALOG));
        }
        if (service == Service.NOTIFICATION) {
            if (!config.loopbackWebhookPorts().isEmpty()) {
                env.put("BAYTRACK_NOTIFICATION_LOOPBACK_WEBHOOK_PORTS", config.loopbackWebhookPorts().stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
            }
            if (config.notificationSecretKey() != null) {
                env.put("BAYTRACK_NOTIFICATION_SECRET_KEY", config.notificationSecretKey());
            }
            env.put("BAYTRACK_NOTIFICATION_PUBLIC_URL", config.baseUrl(Service.CATALOG));
            env.put("BAYTRACK_NOTIFICATION_EMAIL_EXTERNAL_URL", config.baseUrl(Service.NOTIFICATION));
            env.put("QUARKUS_MAILER_HOST", MailServer.HOST);
            env.put("QUARKUS_MAILER_PORT", Integer.toString(config.smtpPort()));
            env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        }
        return env;
    }

    static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    public Service service() {
        return service;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** GET /q/health/ready answered 200. */
    public boolean isReady() {
        return isReady(baseUrl());
    }

    public static boolean isReady(String baseUrl) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the JVM to stop (SIGTERM, Quarkus shuts down gracefully), kills it after {@code grace}. */
    public boolean stop(Duration grace) {
        return ProcessTools.stop(process.toHandle(), grace);
    }

    /** SIGKILL, as in a crash: no shutdown hooks, nothing flushed; returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    /** Sends SIGTERM without waiting, so several services can shut down side by side. */
    public void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** The last lines of the service's log, to show why it failed. */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    public static String tail(Path file, int lines) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            long start = Math.max(0, length - 64 * 1024);
            f.seek(start);
            byte[] bytes = new byte[(int) (length - start)];
            f.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            int from = Math.max(0, all.length - lines);
            return String.join(System.lineSeparator(), java.util.Arrays.copyOfRange(all, from, all.length));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }
}
