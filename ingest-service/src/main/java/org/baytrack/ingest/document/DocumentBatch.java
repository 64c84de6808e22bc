package org.baytrack.ingest.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.commons.problem.ProblemException;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Submits many documents, each in its own transaction, so one bad item never sinks the rest. */
@ApplicationScoped
public class DocumentBatch {
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    DocumentIntake intake;

    public BatchResult ndjson(byte[] body) {
        List<BatchResult.Item> items = new ArrayList<>();
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            byte[] line = lines[i].getBytes(StandardCharsets.UTF_8);
            items.add(submit("line " + (i + 1), () -> DocumentResource.fromJson(line)));
        }
        if (items.isEmpty()) {
            throw ProblemException.badRequest("The batch is empty: send one JSON document per line.");
        }
        return BatchResult.of(items);
    }

    public BatchResult files(List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("The batch has no files: send them as multipart/form-data parts named \"file\".");
        }
        List<BatchResult.Item> items = new ArrayList<>();
        for (FileUpload file : files) {
            items.add(submit(file.fileName(), () -> submissionOf(file)));
        }
        return BatchResult.of(items);
    }

    private BatchResult.Item submit(String item, Supplier<Submission> submission) {
        try {
            IntakeResult result = intake.submit(submission.get());
            return new BatchResult.Item(item, result.id(), result.status(), null);
        } catch (ProblemException e) {
            return new BatchResult.Item(item, null, "rejected", e.getMessage());
        }
    }

    private static Submission submissionOf(FileUpload file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return DocumentResource.fromJson(bytes);
        }
        String declared = DocumentDecoder.mediaTypeOf(file.contentType());
        String mediaType = declared.equals(MediaType.TEXT_HTML) || name.endsWith(".html") || name.endsWith(".htm")
                ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN;
        return new Submission(bytes, mediaType, DocumentDecoder.charsetOf(file.contentType()), null, null, null, null, false);
    }
}
