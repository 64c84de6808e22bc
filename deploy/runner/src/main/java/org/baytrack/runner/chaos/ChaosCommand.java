package org.baytrack.runner.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.runner.cli.RunnerHome;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.synthetic.BenchProjects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"Kills the stack at random while it works, and checks that nothing was lost or done twice.",
                "It runs its own throw-away stack (free ports, a temporary folder, the broker in a JVM of its own), "
                        + "never the one `up` started. While it ingests N synthetic documents about its own projects, "
                        + "it SIGKILLs a random service, the Kafka broker or PostgreSQL K times at random moments and "
                        + "restarts each; a signed webhook and an SSE reader (resuming with Last-Event-ID) receive the "
                        + "alerts. Then it checks: every accepted document cataloged exactly once, every alert the "
                        + "tracker published delivered once to the webhook and to the stream, no outbox row unsent, no "
                        + "dead letter. Exit code 1 when anything was lost or duplicated."})
public final class ChaosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "2000", description = "documents to send (default ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "25", description = "documents per second; 0 = as fast as it will go (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--kills", paramLabel = "K", defaultValue = "8", description = "SIGKILLs during the run (default ${DEFAULT-VALUE})")
    int kills;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the kill plan and the documents (default: random)")
    Long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSON report here")
    Path out;

    @Option(names = "--projects", paramLabel = "N", defaultValue = "40", description = "synthetic projects the documents are about (default ${DEFAULT-VALUE})")
    int projects;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "8", description = "parallel POST /documents (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--gap", paramLabel = "SECONDS", defaultValue = "10", description = "least time between two kills where the run is long enough (default ${DEFAULT-VALUE})")
    double gap;

    @Option(names = "--drain-timeout", paramLabel = "SECONDS", defaultValue = "300", description = "how long to wait for the pipeline to drain after the last document (default ${DEFAULT-VALUE})")
    int drainTimeout;

    @Option(names = "--keep", description = "keep the chaos stack's folder (logs, data) after the run")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (docs < 1 || rate < 0 || kills < 0 || concurrency < 1 || projects < 1 || projects > BenchProjects.MAX_PROJECTS) {
            spec.commandLine().getErr().println("error: --docs must be at least 1, --rate and --kills 0 or more, "
                    + "--concurrency at least 1, --projects 1 to " + BenchProjects.MAX_PROJECTS);
            return 2;
        }
        long s = seed != null ? seed : System.nanoTime();
        console.println("Chaos run, seed " + s + " (--seed " + s + " repeats its plan)");
        ObjectNode report = new ChaosRun(new ChaosRun.Options(RunnerHome.projectRoot(), docs, rate, kills, s, projects,
                concurrency, gap, Duration.ofSeconds(drainTimeout), keep), console).run();
        if (out != null) {
            Files.writeString(out, BaytrackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n",
                    StandardCharsets.UTF_8);
            console.println("Report written to " + out);
        }
        return ChaosRun.passed(report) ? 0 : 1;
    }
}
