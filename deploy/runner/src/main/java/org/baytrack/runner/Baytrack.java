package org.baytrack.runner;

import org.baytrack.runner.chaos.ChaosCommand;
import org.baytrack.runner.cli.AnalyzeCommand;
import org.baytrack.runner.cli.DownCommand;
import org.baytrack.runner.cli.EvalCommand;
import org.baytrack.runner.cli.IngestCommand;
import org.baytrack.runner.cli.MailCommand;
import org.baytrack.runner.cli.ProjectsCommand;
import org.baytrack.runner.cli.StatusCommand;
import org.baytrack.runner.cli.SubscribeCommand;
import org.baytrack.runner.cli.TimelineCommand;
import org.baytrack.runner.cli.UpCommand;
import org.baytrack.runner.cli.WatchCommand;
import org.baytrack.runner.probe.ProbeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ServiceLoader;

/** {@code ./baytrack}: run the whole Baytrack stack on this machine and talk to it. */
@Command(name = "baytrack", mixinStandardHelpOptions = true, version = "baytrack 0.1.0",
        description = "Runs Baytrack (Kafka, PostgreSQL and the four services) on this machine and talks to its APIs.",
        subcommands = {UpCommand.class, DownCommand.class, StatusCommand.class, IngestCommand.class,
                AnalyzeCommand.class, EvalCommand.class, ProjectsCommand.class, TimelineCommand.class, SubscribeCommand.class,
                WatchCommand.class, MailCommand.class, ChaosCommand.class, ProbeCommand.class},
        footer = {"", "Commands that talk to the services take --ingest-url, --tracker-url, ... or read",
                "BAYTRACK_INGEST_URL, BAYTRACK_CATALOG_URL, BAYTRACK_TRACKER_URL and BAYTRACK_NOTIFICATION_URL,",
                "so they work against a docker-compose stack too."})
public final class Baytrack implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Kafka and PostgreSQL log through SLF4J; quiet unless `up` sends it to a file.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "off");
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("analyze")) {
            // The analysis CLI parses its own options and prints its own help.
            return AnalyzeCommand.delegate(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("eval")) {
            return EvalCommand.delegate(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        CommandLine cli = new CommandLine(new Baytrack());
        // ./baytrack puts deploy/bench on the class path when it is built; help stays the last command listed
        ServiceLoader.load(BaytrackSubcommand.class).forEach(cli::addSubcommand);
        cli.addSubcommand(new CommandLine.HelpCommand());
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        });
        try {
            return cli.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
