package org.baytrack.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.board.BoardTables;
import org.baytrack.runner.client.BaytrackClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "One project's dated milestones with the sentence and source behind each.")
public final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrlOptions urls;

    @Parameters(index = "0", paramLabel = "ID", description = "project id, e.g. huangmaohai-passage (see `baytrack projects`)")
    String id;

    @Option(names = "--json", description = "print the tracker's JSON as it is")
    boolean json;

    @Override
    public Integer call() throws Exception {
        BaytrackClient client = new BaytrackClient(urls.endpoints());
        JsonNode timeline = client.timeline(id);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(BaytrackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(timeline));
            return 0;
        }
        try {
            JsonNode p = client.project(id);
            out.println(BoardTables.projects(BaytrackClient.JSON.createArrayNode().add(p)));
        } catch (RuntimeException ignored) {
            // the timeline alone is still useful
        }
        out.print(BoardTables.timeline(timeline));
        return 0;
    }
}
