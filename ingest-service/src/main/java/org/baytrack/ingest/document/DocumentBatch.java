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
import java.util.Arrays;
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
        List<byte[]> lines = lines(body);
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            if (new String(line, StandardCharsets.ISO_8859_1).isBlank()) {
                continue;
            }
            String item = "line " + (i + 1);
            items.add(submit(item, () -> {
                if (CharsetCheck.strict(line, StandardCharsets.UTF_8) == null) {
                    throw ProblemException.badRequest(item + " is not valid UTF-8; JSON lines must be UTF-8. Convert "
                            + "the document to UTF-8, or send it as a multipart file with query charset=detect.");
                }
                return DocumentResource.fromJson(line);
            }));
        }
        if (items.isEmpty()) {
            throw ProblemException.badRequest("The batch is empty: send one JSON document per line.");
        }
        return BatchResult.of(items);
    }

    /** The body split at line feeds, as bytes, so a line that is not UTF-8 is refused instead of read as U+FFFD. */
    static List<byte[]> lines(byte[] body) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                lines.add(Arrays.copyOfRange(body, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    public BatchResult files(List<FileUpload> files, Submission.Decoding decoding) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("The batch has no files: send them as multipart/form-data parts named \"file\".");
        }
        List<BatchResult.Item> items = new ArrayList<>();
        for (FileUpload file : files) {
            items.add(submit(file.fileName(), () -> submissionOf(file, decoding)));
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

    private static Submission submissionOf(FileUpload file, Submission.Decoding decoding) {
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
        String declared = UploadDecoder.mediaTypeOf(file.contentType());
        String mediaType = declared.equals(MediaType.TEXT_HTML) || name.endsWith(".html") || name.endsWith(".htm")
                ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN;
        return new Submission(bytes, mediaType, UploadDecoder.charsetOf(file.contentType()), null, null, null, null, false,
                decoding);
    }
}
