package org.baytrack.runner.ingest;

import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Posts files to ingest's {@code POST /documents} one by one, with a progress bar and a final count. */
public final class Uploader {
    public record Outcome(Path file, BaytrackClient.IngestResult result) {
    }

    public record Summary(List<Outcome> outcomes) {
        public long accepted() {
            return outcomes.stream().filter(o -> o.result().accepted()).count();
        }

        public long duplicates() {
            return outcomes.stream().filter(o -> o.result().duplicate()).count();
        }

        public long rejected() {
            return outcomes.stream().filter(o -> o.result().rejected()).count();
        }

        /** Documents new to ingest: the ones the pipeline is about to process. */
        public List<String> acceptedIds() {
            return outcomes.stream().filter(o -> o.result().accepted()).map(o -> o.result().id()).toList();
        }

        public List<String> ids() {
            return outcomes.stream().map(o -> o.result().id()).filter(id -> id != null).toList();
        }

        public String line() {
            return outcomes.size() + " document(s): " + accepted() + " accepted, " + duplicates() + " duplicate, "
                    + rejected() + " rejected";
        }
    }

    private final BaytrackClient client;
    private final Map<String, String> query;

    public Uploader(BaytrackClient client, String source, String published, boolean backfill) {
        this.client = client;
        this.query = new LinkedHashMap<>();
        query.put("source", source);
        query.put("published", published);
        query.put("backfill", backfill ? "true" : null);
    }

    /**
     * Uploads every file. {@code bar} gets a redrawn progress bar when it is a terminal; rejections are reported
     * on {@code err} as they happen. An unreachable ingest service stops the run (ApiException).
     */
    public Summary upload(List<Path> files, PrintStream bar, boolean terminal, PrintStream err) {
        List<Outcome> outcomes = new ArrayList<>();
        int i = 0;
        for (Path f : files) {
            i++;
            if (terminal) {
                bar.print("\r" + progressBar(i - 1, files.size()) + " " + abbreviate(f.getFileName().toString(), 40) + "   ");
                bar.flush();
            }
            BaytrackClient.IngestResult r;
            try {
                String type = DocumentFiles.contentType(f);
                byte[] body = Files.readAllBytes(f);
                r = type.equals("application/json")
                        ? client.ingest(JsonDocumentOptions.withOptions(body, query), type, Map.of())
                        : client.ingest(body, type, query);
            } catch (IllegalArgumentException e) {
                r = new BaytrackClient.IngestResult(0, null, "rejected", e.getMessage());
            } catch (IOException e) {
                r = new BaytrackClient.IngestResult(0, null, "rejected", "cannot read the file: " + e.getMessage());
            } catch (ApiException e) {
                if (terminal) {
                    bar.println();
                }
                throw e;
            }
            if (r.rejected()) {
                if (terminal) {
                    bar.print("\r" + " ".repeat(100) + "\r");
                }
                err.println("rejected " + f + ": " + r.detail());
            }
            outcomes.add(new Outcome(f, r));
        }
        if (terminal) {
            bar.print("\r" + progressBar(files.size(), files.size()) + " " + " ".repeat(44) + "\n");
            bar.flush();
        }
        return new Summary(outcomes);
    }

    static String progressBar(int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
