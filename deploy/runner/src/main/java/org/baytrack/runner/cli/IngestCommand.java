package org.baytrack.runner.cli;

import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.ingest.DocumentFiles;
import org.baytrack.runner.ingest.Uploader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Sends documents to the ingest service (POST /documents): files as they are, folders walked.",
                ".html/.htm go as text/html, .json as application/json, anything else as text/plain in whatever "
                        + "charset it is (UTF-8, GB18030, Big5: ingest detects it)."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrlOptions urls;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = "--source", paramLabel = "NAME", description = "publisher to record, e.g. 南方日报")
    String source;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date, when the text does not say")
    String published;

    @Option(names = "--backfill", description = "old documents: their status changes are recorded as historical, not alerted")
    boolean backfill;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        List<Path> files = DocumentFiles.expand(paths);
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("error: no documents in " + paths);
            return 2;
        }
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        long t = System.nanoTime();
        Uploader.Summary summary = new Uploader(new BaytrackClient(urls.endpoints()), source, published, backfill)
                .upload(files, stderr, System.console() != null, stderr);
        stdout.flush();
        out.printf("%s  (%.1f s)%n", summary.line(), (System.nanoTime() - t) / 1e9);
        return summary.rejected() > 0 ? 1 : 0;
    }
}
