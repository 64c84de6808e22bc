package org.baytrack.runner.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Where things are: the project root (whose {@code <service>/target/quarkus-app} the runner starts) and the data
 * folder ({@code .baytrack/}: Kafka and PostgreSQL data, logs, pid files, the API key).
 */
public final class RunnerHome {
    public static final String API_KEY_FILE = "api-key";
    public static final String SECRET_KEY_FILE = "secret-key";
    public static final String RUNNER_PID_FILE = "runner.pid";
    public static final String STATE_FILE = "state";

    private RunnerHome() {
    }

    /** {@code -Dbaytrack.root} (set by the script), {@code BAYTRACK_ROOT}, the jar's checkout, or the current folder. */
    public static Path projectRoot() {
        String prop = System.getProperty("baytrack.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        String env = System.getenv("BAYTRACK_ROOT");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        try {
            Path jar = Path.of(RunnerHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // <root>/deploy/runner/target/baytrack-runner.jar or <root>/deploy/runner/target/classes
            Path candidate = jar.getParent().getParent().getParent().getParent();
            if (candidate != null && Files.isRegularFile(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("deploy/runner"))) {
                return candidate;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** {@code --data-dir}, else {@code BAYTRACK_HOME}, else {@code <project root>/.baytrack}. */
    public static Path dataDir(Path option) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String env = System.getenv("BAYTRACK_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return projectRoot().resolve(".baytrack");
    }

    /** The key kept in {@code <data dir>/api-key}, generated on first use so subscriptions survive restarts. */
    public static String apiKey(Path dataDir) throws IOException {
        Path file = dataDir.resolve(API_KEY_FILE);
        if (Files.isRegularFile(file)) {
            String key = Files.readString(file).trim();
            if (!key.isEmpty()) {
                return key;
            }
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String key = "bt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(dataDir);
        Files.writeString(file, key + "\n");
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return key;
    }

    /**
     * The AES key notification encrypts webhook secrets with, base64 in {@code <data dir>/secret-key} (mode 0600),
     * generated on first use. The stored subscriptions' secrets open only with it.
     */
    public static String secretKey(Path dataDir) throws IOException {
        Path file = dataDir.resolve(SECRET_KEY_FILE);
        Optional<String> kept = Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip())
                .filter(k -> !k.isEmpty()) : Optional.empty();
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(dataDir);
        Files.deleteIfExists(file);
        try {
            // unreadable to others from the moment it exists, before the key is in it
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        String encoded = Base64.getEncoder().encodeToString(key);
        Files.writeString(file, encoded + "\n");
        return encoded;
    }

    /** {@code --api-key}, {@code BAYTRACK_API_KEY}, or the key the local runner wrote. */
    public static Optional<String> existingApiKey(String option, Path dataDir) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option.trim());
        }
        String env = System.getenv("BAYTRACK_API_KEY");
        if (env != null && !env.isBlank()) {
            return Optional.of(env.trim());
        }
        try {
            Path file = dataDir.resolve(API_KEY_FILE);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
