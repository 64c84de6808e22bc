package org.baytrack.runner.cli;

import org.baytrack.runner.stack.PortGuard;
import org.baytrack.runner.stack.ProcessTools;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.stack.StackLauncher;
import org.baytrack.runner.stack.StackPids;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The runner of {@code up --detach}: a second {@code up} in its own session, whose pid and state are files in the data
 * folder, so that {@code status} and {@code down} find it from any terminal. The detaching {@code up} relays its log
 * until the state says ready or failed.
 */
final class StackDaemon {
    static final String STARTING = "starting";
    static final String READY = "ready";
    static final String FAILED = "failed";

    private StackDaemon() {
    }

    /** The live runner named by the data folder's pid file; a reused pid of another program is not one. */
    static Optional<Long> runner(Path dataDir) {
        return ProcessTools.readPid(dataDir.resolve(RunnerHome.RUNNER_PID_FILE))
                .filter(pid -> pid != ProcessHandle.current().pid() && ProcessTools.isAlive(pid))
                .filter(pid -> ProcessTools.commandLine(pid)
                        .map(c -> c.contains("org.baytrack.runner") || c.contains("baytrack-runner")).orElse(false));
    }

    /**
     * Makes sure this {@code up} is the data folder's only runner: refuses when another one lives, and stops the
     * processes a killed one left behind.
     */
    static boolean claim(Path dataDir, PrintWriter out, PrintWriter err) {
        var runner = runner(dataDir);
        if (runner.isPresent()) {
            err.println("A Baytrack stack already runs from " + dataDir + " (runner pid " + runner.get() + ").");
            err.println("Use ./baytrack status to see it, ./baytrack down to stop it.");
            return false;
        }
        var leftovers = StackPids.leftovers(dataDir);
        if (!leftovers.isEmpty()) {
            out.println("Stopping processes left over from an earlier run: " + leftovers.stream()
                    .map(l -> l.name() + " (pid " + l.pid() + ")").collect(Collectors.joining(", ")));
            StackPids.stop(leftovers);
        }
        return true;
    }

    /** Names {@code pid} as the data folder's runner, for {@code status}, {@code down} and the next {@code up}. */
    static void recordRunner(Path dataDir, long pid) throws IOException {
        Files.writeString(dataDir.resolve(RunnerHome.RUNNER_PID_FILE), pid + "\n");
    }

    static void markState(Path dataDir, String state) {
        try {
            Files.writeString(dataDir.resolve(RunnerHome.STATE_FILE), state + "\n");
        } catch (IOException ignored) {
            // only the detaching parent reads it
        }
    }

    static String state(Path dataDir) {
        try {
            Path f = dataDir.resolve(RunnerHome.STATE_FILE);
            return Files.exists(f) ? Files.readString(f).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Removes the runner's pid, process and state files once nothing of the stack runs. */
    static void forget(Path dataDir) throws IOException {
        for (String f : List.of(RunnerHome.RUNNER_PID_FILE, StackPids.FILE, RunnerHome.STATE_FILE)) {
            Files.deleteIfExists(dataDir.resolve(f));
        }
    }

    /** This JVM's runner again, with {@code upArguments}; in its own session, so no terminal and no Ctrl-C reach it. */
    static List<String> command(Path projectRoot, List<String> upArguments) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dbaytrack.root=" + projectRoot);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.baytrack.runner.Baytrack");
        command.add("up");
        command.addAll(upArguments);
        return command;
    }

    /** Starts the daemon and relays its log until it is ready; the exit code of {@code up --detach}. */
    static int detach(StackConfig config, List<String> upArguments, int timeoutSeconds, PrintWriter out, PrintWriter err)
            throws IOException {
        long t0 = System.nanoTime();
        var conflicts = PortGuard.conflicts(config.ports());
        if (!conflicts.isEmpty()) {
            conflicts.forEach(c -> err.println("error: " + c.describe()));
            return 3;
        }
        Path dataDir = config.dataDir();
        Path log = config.logDir().resolve("runner.log");
        Files.deleteIfExists(dataDir.resolve(RunnerHome.STATE_FILE));
        LogRelay relay = LogRelay.fromEnd(log, out);

        Process p = new ProcessBuilder(command(config.projectRoot(), upArguments))
                .directory(config.projectRoot().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        recordRunner(dataDir, p.pid());
        out.println("Started the stack in the background (runner pid " + p.pid() + ", log " + log + ")");
        out.flush();

        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds + 180L).toNanos();
        while (true) {
            relay.relay();
            String state = state(dataDir);
            if (READY.equals(state)) {
                relay.relay();
                out.println("Ready: `./baytrack up --detach` took " + StackLauncher.seconds(System.nanoTime() - t0) + ".");
                return 0;
            }
            if (FAILED.equals(state) || !p.isAlive()) {
                try {
                    p.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                relay.relay();
                err.println("The background stack did not start (see " + log + ").");
                return p.isAlive() ? 1 : Math.max(1, p.exitValue());
            }
            if (System.nanoTime() > deadline) {
                err.println("The background stack is still not ready; stopping it. See " + log);
                ProcessTools.stop(p.toHandle(), Duration.ofSeconds(60));
                return 1;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
    }
}
