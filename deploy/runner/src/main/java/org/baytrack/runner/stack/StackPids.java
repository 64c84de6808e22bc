package org.baytrack.runner.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The processes a stack started, written to {@code <data dir>/pids.properties}, so that {@code down} and the next
 * {@code up} can find and stop anything left behind by a runner that was killed.
 */
public final class StackPids {
    public static final String FILE = "pids.properties";

    private StackPids() {
    }

    public static void write(Path dataDir, long runnerPid, Stack stack) throws IOException {
        Properties p = new Properties();
        p.setProperty("runner", Long.toString(runnerPid));
        for (ServiceProcess s : stack.services()) {
            p.setProperty(s.service().module(), Long.toString(s.pid()));
        }
        stack.postgresPid().ifPresent(pid -> p.setProperty("postgres", Long.toString(pid)));
        try (Writer w = Files.newBufferedWriter(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "Processes of the Baytrack stack started from this folder");
        }
    }

    public static Properties read(Path dataDir) {
        Properties p = new Properties();
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException ignored) {
                // treated as empty
            }
        }
        return p;
    }

    public static Optional<Long> postgresPid(Path dataDir) {
        return ProcessTools.readPid(dataDir.resolve("postgres/data/postmaster.pid"));
    }

    public record Leftover(String name, long pid, String command) {
    }

    /**
     * Service JVMs and the PostgreSQL server recorded for this data folder that still run although their runner
     * is gone. A pid is only counted if its command line still looks like ours (pids get reused).
     */
    public static List<Leftover> leftovers(Path dataDir) {
        List<Leftover> found = new ArrayList<>();
        Properties p = read(dataDir);
        for (String name : p.stringPropertyNames()) {
            if (name.equals("runner") || name.equals("postgres")) {
                continue;
            }
            parse(p.getProperty(name)).ifPresent(pid -> ProcessTools.commandLine(pid)
                    .filter(cmd -> cmd.contains("quarkus-run.jar"))
                    .filter(cmd -> ProcessTools.isAlive(pid))
                    .ifPresent(cmd -> found.add(new Leftover(name, pid, ProcessTools.describe(pid).orElse(cmd)))));
        }
        postgresPid(dataDir).ifPresent(pid -> ProcessTools.commandLine(pid)
                .filter(cmd -> cmd.contains("postgres"))
                .filter(cmd -> ProcessTools.isAlive(pid))
                .ifPresent(cmd -> found.add(new Leftover("postgres", pid, cmd))));
        return found;
    }

    /** Stops leftovers: services first, PostgreSQL last. Returns those that would not stop. */
    public static List<Leftover> stop(List<Leftover> leftovers) {
        List<Leftover> remaining = new ArrayList<>();
        leftovers.stream().sorted((a, b) -> Boolean.compare(a.name().equals("postgres"), b.name().equals("postgres")))
                .forEach(l -> ProcessHandle.of(l.pid()).ifPresent(h -> {
                    if (!ProcessTools.stop(h, Duration.ofSeconds(15))) {
                        remaining.add(l);
                    }
                }));
        return remaining;
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
