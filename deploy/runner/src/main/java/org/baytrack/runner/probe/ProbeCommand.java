package org.baytrack.runner.probe;

import org.baytrack.runner.board.Table;
import org.baytrack.runner.cli.ServiceUrlOptions;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Sends about 160 hostile or careless requests to the running stack and judges every answer.",
                "Control characters, dates out of range, lying charsets, misspelled fields, wrong JSON types, bad "
                        + "paging, oversized bodies and URIs, bad percent escapes, control characters in headers, "
                        + "writes without the right key, webhook URLs to private or metadata addresses, an SSE "
                        + "Last-Event-ID beyond the head. A finding is a 5xx, a 4xx that is not problem+json with a "
                        + "detail, a body naming a Java class, or a bad input answered 2xx. Exit code 1 on any finding.",
                "What a case creates (it should create nothing) is deleted again."})
public final class ProbeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrlOptions urls;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where `up` wrote the keys (env BAYTRACK_HOME)")
    Path dataDir;

    @Option(names = "--out", paramLabel = "FILE", description = "write {requests, findings} as JSON here")
    Path out;

    @Override
    public Integer call() throws Exception {
        Endpoints endpoints = urls.endpoints(dataDir);
        PrintWriter console = spec.commandLine().getOut();
        BaytrackClient client = new BaytrackClient(endpoints);
        for (Service s : Service.values()) {
            if (!client.health(s).up()) {
                spec.commandLine().getErr().println("error: " + s.module() + " is not ready at " + endpoints.url(s)
                        + ". Start the stack with ./baytrack up, or point " + s.urlVariable() + " at it.");
                return 2;
            }
        }
        List<ProbeRun.Result> results = new ProbeRun(endpoints).run(r -> { });
        console.println(table(results));
        console.println(ProbeRun.summary(results));
        if (out != null) {
            Files.writeString(out, BaytrackClient.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ProbeRun.report(results)) + "\n", StandardCharsets.UTF_8);
        }
        return results.stream().anyMatch(ProbeRun.Result::finding) ? 1 : 0;
    }

    static String table(List<ProbeRun.Result> results) {
        Table table = new Table("class", "request", "status", "verdict").limit(1, 70).limit(3, 90);
        for (ProbeRun.Result r : results) {
            String verdict = r.finding() ? "FINDING: " + r.problem()
                    : r.status() / 100 == 2 ? "ok, 2xx because " + r.why2xx() : "ok";
            table.row(r.kind(), r.name() + " — " + r.request(), Integer.toString(r.status()), verdict);
        }
        return table.render();
    }
}
