package org.baytrack.runner.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Small helpers over {@link ProcessHandle}: command lines, polite then forceful stops, pid files. */
public final class ProcessTools {
    private ProcessTools() {
    }

    /** The full command line, for deciding whether a pid is still one of ours. */
    public static Optional<String> commandLine(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                String s = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ').trim();
                if (!s.isEmpty()) {
                    return Optional.of(s);
                }
            }
        } catch (IOException ignored) {
            // fall through to ProcessHandle
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine());
    }

    /** The command line shortened for a message: the JVM options are long, the jar or main class matters. */
    public static Optional<String> describe(long pid) {
        return commandLine(pid).map(s -> s.length() <= 160 ? s : s.substring(0, 60) + " ... " + s.substring(s.length() - 95));
    }

    /** Whether the process runs in {@code dir} or below it (service JVMs run in {@code <data dir>/work/<service>}). */
    public static boolean runsIn(long pid, Path dir) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).startsWith(dir);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    public static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL. Returns true if the process is gone. */
    public static boolean stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return true;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported by the caller through isAlive
            }
            return !handle.isAlive();
        }
    }

    public static Optional<Long> readPid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
