package org.baytrack.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.ProcessingWait;
import org.baytrack.runner.ingest.DocumentFiles;
import org.baytrack.runner.ingest.Uploader;
import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackLauncher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * What {@code up} puts into a stack once it is ready: the local mailbox's subscription (made once per data folder)
 * and the sample documents, waiting until the catalog and the tracker have taken them in so the board it prints
 * shows them.
 */
final class SampleIngest {
    static final String LOCAL_MAILBOX = "you@baytrack.local";
    /** Holds the id of the local mailbox's subscription once made; a stack subscribes it only once. */
    static final String LOCAL_MAILBOX_FILE = "local-mailbox-subscription";

    private final BaytrackClient client;
    private final Path dataDir;
    private final PrintWriter out;
    private final PrintWriter err;

    SampleIngest(BaytrackClient client, Path dataDir, PrintWriter out, PrintWriter err) {
        this.client = client;
        this.dataDir = dataDir;
        this.out = out;
        this.err = err;
    }

    /**
     * The local mailbox's subscription and the samples, each only when the services it needs run among {@code runs};
     * nothing when {@code sampleDir} is null.
     */
    void fill(Predicate<Service> runs, Path sampleDir) {
        if (sampleDir == null || !runs.test(Service.INGEST)) {
            return;
        }
        if (runs.test(Service.NOTIFICATION)) {
            subscribeLocalMailbox();
        }
        ingest(sampleDir, runs);
    }

    /** Every project's alerts, historical ones included: the samples are old news. */
    static ObjectNode localMailboxSubscription() {
        ObjectNode body = BaytrackClient.JSON.createObjectNode();
        body.putArray("projects").add("*");
        body.put("historical", true);
        body.put("email", LOCAL_MAILBOX);
        return body;
    }

    /**
     * On a fresh data folder, subscribes {@link #LOCAL_MAILBOX} before the samples go in, so the first thing
     * {@code ./baytrack mail} shows is the samples' alerts.
     */
    void subscribeLocalMailbox() {
        Path marker = dataDir.resolve(LOCAL_MAILBOX_FILE);
        if (Files.exists(marker)) {
            return;
        }
        try {
            JsonNode created = client.subscribe(localMailboxSubscription());
            Files.writeString(marker, BaytrackClient.text(created, "id") + "\n");
            out.println();
            out.println("Subscribed " + LOCAL_MAILBOX + " to every project's alerts (id " + BaytrackClient.text(created, "id")
                    + "); ./baytrack mail lists what it receives.");
        } catch (ApiException | IOException e) {
            err.println("Could not subscribe " + LOCAL_MAILBOX + ": " + e.getMessage());
        }
    }

    /** Posts the folder's documents, then waits for the services among {@code runs} that process them. */
    void ingest(Path sampleDir, Predicate<Service> runs) {
        try {
            List<Path> files = DocumentFiles.expand(List.of(sampleDir));
            if (files.isEmpty()) {
                return;
            }
            out.println();
            out.println("Ingesting " + files.size() + " sample documents from " + sampleDir + " ...");
            long t = System.nanoTime();
            PrintStream rejections = errStream();
            Uploader.Summary summary = new Uploader(client, null, null, false).upload(files, rejections, false, rejections);
            out.println("  " + summary.line());
            List<String> fresh = summary.acceptedIds();
            if (runs.test(Service.CATALOG) && !fresh.isEmpty()) {
                int done = ProcessingWait.awaitCataloged(client, fresh, Duration.ofSeconds(90));
                out.printf("  %d of %d new document(s) cataloged  %s%n", done, fresh.size(),
                        StackLauncher.seconds(System.nanoTime() - t));
            }
            if (runs.test(Service.TRACKER)) {
                ProcessingWait.awaitBoardSettled(client, Duration.ofSeconds(2), Duration.ofSeconds(30));
                out.printf("  tracker up to date  %s%n", StackLauncher.seconds(System.nanoTime() - t));
            }
        } catch (IOException | ApiException e) {
            err.println("Could not ingest the samples: " + e.getMessage());
        }
    }

    /** The uploader reports on a PrintStream; this one writes to the command's error writer. */
    private PrintStream errStream() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                err.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                err.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                err.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
