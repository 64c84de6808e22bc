package org.baytrack.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.board.BoardTables;
import org.baytrack.runner.client.BaytrackClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "projects", mixinStandardHelpOptions = true,
        description = "The project board: every tracked project with its status, forecast opening and latest evidence.")
public final class ProjectsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrlOptions urls;

    @Option(names = "--json", description = "print the tracker's JSON as it is")
    boolean json;

    @Option(names = {"-a", "--all"}, description = "also the followed projects nothing is known about yet")
    boolean all;

    @Override
    public Integer call() throws Exception {
        JsonNode projects = new BaytrackClient(urls.endpoints()).projects();
        var out = spec.commandLine().getOut();
        out.print(json ? BaytrackClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(projects) + "\n"
                : BoardTables.projects(projects, all));
        return 0;
    }
}
