package org.baytrack.runner.cli;

import org.baytrack.runner.stack.PortGuard;
import org.baytrack.runner.stack.ProcessTools;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackConfig;
import org.baytrack.runner.stack.StackPids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "down", mixinStandardHelpOptions = true,
        description = "Stops a stack started with `up --detach` (or an `up` running in another terminal) and checks "
                + "that none of its processes is left.")
public final class DownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder of the stack (env BAYTRACK_HOME, default <repo>/.baytrack)")
    Path dataDirOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = RunnerHome.dataDir(dataDirOption);
        long t0 = System.nanoTime();
        boolean didSomething = false;

        Optional<Long> runner = StackDaemon.runner(dataDir);
        if (runner.isPresent()) {
            out.println("Stopping the Baytrack stack (runner pid " + runner.get() + ") ...");
            out.flush();
            ProcessHandle h = ProcessHandle.of(runner.get()).orElseThrow();
            if (!ProcessTools.stop(h, Duration.ofSeconds(90))) {
                err.println("The runner (pid " + runner.get() + ") would not stop.");
            }
            didSomething = true;
        }
        var leftovers = StackPids.leftovers(dataDir);
        if (!leftovers.isEmpty()) {
            leftovers.forEach(l -> out.println("Stopping leftover " + l.name() + " (pid " + l.pid() + ")"));
            StackPids.stop(leftovers);
            didSomething = true;
        }
        // Without a pid file: service JVMs on the stack's ports that run in this data folder (never another stack's).
        StackConfig defaults = StackConfig.defaults(RunnerHome.projectRoot(), dataDir);
        for (Service s : Service.values()) {
            String jar = s.appJar(defaults.projectRoot()).toString();
            PortGuard.holderPid(defaults.httpPort(s))
                    .filter(pid -> ProcessTools.commandLine(pid).map(c -> c.contains(jar)).orElse(false))
                    .filter(pid -> ProcessTools.runsIn(pid, dataDir))
                    .flatMap(ProcessHandle::of)
                    .ifPresent(h -> {
                        out.println("Stopping " + s.module() + " (pid " + h.pid() + ") found on port " + defaults.httpPort(s));
                        ProcessTools.stop(h, Duration.ofSeconds(20));
                    });
        }
        var remaining = StackPids.leftovers(dataDir);
        boolean runnerAlive = runner.map(ProcessTools::isAlive).orElse(false);
        if (!remaining.isEmpty() || runnerAlive) {
            remaining.forEach(l -> err.println("still running: " + l.name() + " pid " + l.pid() + " " + l.command()));
            return 1;
        }
        StackDaemon.forget(dataDir);
        if (!didSomething) {
            out.println("No Baytrack stack is running from " + dataDir + ".");
        } else {
            out.println("Stopped in " + String.format("%.1f s", (System.nanoTime() - t0) / 1e9) + "; no Baytrack process is left.");
        }
        // Report anything else holding the stack's ports, e.g. a stack started from another folder.
        var busy = PortGuard.conflicts(defaults.ports());
        busy.forEach(c -> out.println("note: " + c.describe()));
        return 0;
    }
}
