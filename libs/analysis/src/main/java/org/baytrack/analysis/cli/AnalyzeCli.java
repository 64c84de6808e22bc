package org.baytrack.analysis.cli;

import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.clean.UndecodableDocumentException;
import org.baytrack.analysis.json.AnalysisJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code analyze [--published YYYY-MM-DD] FILE...}: one JSON object per file on stdout. */
public final class AnalyzeCli {
    static final String USAGE = """
            Usage: baytrack analyze [--published YYYY-MM-DD] FILE...
              Prints one JSON object per FILE (UTF-8, GB18030/GBK or Big5; text or HTML) with the cleaned
              Simplified text, entity mentions, project milestones and signed agreements.
              --published  publication date to resolve relative dates against (wins over the text's own)
              --help       show this help""";

    private AnalyzeCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate published = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (arg.equals("--published") || arg.startsWith("--published=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null) {
                    err.println("error: --published needs a date such as 2021-12-29");
                    return 2;
                }
                try {
                    published = LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    err.println("error: --published date '" + value + "' is not a date in the form YYYY-MM-DD");
                    return 2;
                }
            } else if (arg.startsWith("--")) {
                err.println("error: unknown option " + arg + "\n" + USAGE);
                return 2;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println("error: no FILE given\n" + USAGE);
            return 2;
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("error: no such file: " + f);
                return 1;
            }
        }
        DocumentAnalyzer analyzer = DocumentAnalyzer.withDefaultGazetteer();
        int status = 0;
        for (Path f : files) {
            try {
                byte[] raw = Files.readAllBytes(f);
                out.println(AnalysisJson.write(f.toString(), analyzer.analyze(raw, contentType(f), published)));
            } catch (IOException e) {
                err.println("error: cannot read " + f + ": " + e.getMessage());
                status = 1;
            } catch (UndecodableDocumentException e) {
                err.println("error: " + f + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    private static String contentType(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : null;
    }
}
