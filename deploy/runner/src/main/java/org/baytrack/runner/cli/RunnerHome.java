package org.baytrack.runner.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the project root (whose {@code <service>/target/quarkus-app} the runner starts) and the data
 * folder ({@code .baytrack/}: Kafka and PostgreSQL data, logs, pid files, the access keys).
 */
public final class RunnerHome {
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
}
