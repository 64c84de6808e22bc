package org.baytrack.runner.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that the stack's ports are free before anything starts, and names the process holding a taken port
 * (from {@code /proc} on Linux; elsewhere the message just says the port is taken).
 */
public final class PortGuard {
    private PortGuard() {
    }

    public record Conflict(StackConfig.PortUse use, Optional<String> holder) {
        public String describe() {
            return "port " + use.port() + " (for " + use.user() + ") is already in use"
                    + holder.map(h -> " by " + h).orElse(" by another process");
        }
    }

    public static List<Conflict> conflicts(List<StackConfig.PortUse> uses) {
        List<Conflict> conflicts = new ArrayList<>();
        for (StackConfig.PortUse use : uses) {
            if (!isFree(use.port())) {
                conflicts.add(new Conflict(use, holderOf(use.port())));
            }
        }
        return conflicts;
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** "pid 1234 (java -jar ingest-service/target/quarkus-app/quarkus-run.jar)", when /proc tells. */
    public static Optional<String> holderOf(int port) {
        return holderPid(port).map(pid -> "pid " + pid + " (" + ProcessTools.describe(pid).orElse("?") + ")");
    }

    /** The process listening on the port, found through /proc on Linux. */
    public static Optional<Long> holderPid(int port) {
        try {
            List<String> inodes = listeningInodes(port);
            if (inodes.isEmpty()) {
                return Optional.empty();
            }
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
                for (Path proc : procs) {
                    if (holdsSocket(proc, inodes)) {
                        return Optional.of(Long.parseLong(proc.getFileName().toString()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed to look: the caller says "another process"
        }
        return Optional.empty();
    }

    private static List<String> listeningInodes(int port) throws IOException {
        List<String> inodes = new ArrayList<>();
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st ... inode ; state 0A is LISTEN
                if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                    inodes.add(f[9]);
                }
            }
        }
        return inodes;
    }

    private static boolean holdsSocket(Path proc, List<String> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    for (String inode : inodes) {
                        if (target.equals("socket:[" + inode + "]")) {
                            return true;
                        }
                    }
                } catch (IOException ignored) {
                    // the descriptor closed meanwhile
                }
            }
        } catch (IOException | SecurityException ignored) {
            // another user's process
        }
        return false;
    }
}
