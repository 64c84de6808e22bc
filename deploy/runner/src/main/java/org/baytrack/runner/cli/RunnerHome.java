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
 * folder ({@code .baytrack/}: Kafka and PostgreSQL data, logs, pid files, the access keys).
 */
public final class RunnerHome {
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
}
