package org.baytrack.runner.cli;

import org.baytrack.runner.stack.ProcessTools;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.ServiceProcess;
import org.baytrack.runner.stack.Stack;
import org.baytrack.runner.stack.StackLauncher;
import org.baytrack.runner.stack.StackPids;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The foreground life of an {@code up}: reports a service that dies, and on Ctrl-C or SIGTERM (a shutdown hook) stops
 * everything the runner started, even when it was interrupted while starting.
 */
final class StackWatch {
    private final Path dataDir;
    private final PrintWriter out;
    private final PrintWriter err;
    private volatile Stack stack;
    private volatile boolean stopping;

    StackWatch(Path dataDir, PrintWriter out, PrintWriter err) {
        this.dataDir = dataDir;
        this.out = out;
        this.err = err;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "baytrack-stop"));
    }

    void started(Stack stack) {
        this.stack = stack;
    }

    /** Returns only when interrupted; the shutdown hook ends the JVM. */
    void watch() {
        List<Service> reported = new ArrayList<>();
        while (true) {
            for (ServiceProcess p : stack.services()) {
                if (!stopping && !p.isAlive() && !reported.contains(p.service())) {
                    reported.add(p.service());
                    err.println("! " + p.service().module() + " exited with code " + p.exitValue() + "; see " + p.logFile());
                }
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stop() {
        stopping = true;
        out.println();
        out.println("Stopping Baytrack ...");
        out.flush();
        long t = System.nanoTime();
        if (stack != null) {
            stack.close();
        } else {
            // nothing knows yet which processes started: stop this runner's children
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
            ProcessHandle.current().descendants().forEach(h -> ProcessTools.stop(h, Duration.ofSeconds(15)));
        }
        var left = StackPids.leftovers(dataDir);
        if (!left.isEmpty()) {
            StackPids.stop(left);
        }
        try {
            StackDaemon.forget(dataDir);
        } catch (IOException ignored) {
            // the next up or down finds the files stale and replaces them
        }
        out.println("Stopped in " + StackLauncher.seconds(System.nanoTime() - t) + ".");
        out.flush();
    }
}
