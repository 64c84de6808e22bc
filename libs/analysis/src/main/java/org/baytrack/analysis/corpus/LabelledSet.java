package org.baytrack.analysis.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baytrack.analysis.corpus.LabelledDocument.GoldAgreement;
import org.baytrack.analysis.corpus.LabelledDocument.GoldMilestone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a set in the corpus layout: {@code docs/NNN.txt} (header lines {@code url:}, {@code published:},
 * {@code source:}, a blank line, the text) and {@code gold.jsonl}, one object per document.
 */
public final class LabelledSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledSet() {
    }

    /** @throws IllegalArgumentException when the folder is not a set in the corpus layout, saying what is missing */
    public static List<LabelledDocument> read(Path dir) {
        Path gold = dir.resolve("gold.jsonl");
        Path docs = dir.resolve("docs");
        if (!Files.isRegularFile(gold) || !Files.isDirectory(docs)) {
            throw new IllegalArgumentException(dir + " is not a labelled set: it needs gold.jsonl and a docs/ folder");
        }
        String set = dir.toAbsolutePath().normalize().getFileName().toString();
        List<LabelledDocument> out = new ArrayList<>();
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                String name = text(row, "doc", gold, lineNo);
                Path file = docs.resolve(name);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(gold + " line " + lineNo + " names " + name + ", which is not in " + docs);
                }
                String[] headerAndBody = split(Files.readString(file, StandardCharsets.UTF_8));
                out.add(new LabelledDocument(set, name, file, published(row.path("published").asText("unknown")),
                        headerAndBody[1], milestones(row), agreements(row)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The header (up to the first blank line) and the body after it. */
    static String[] split(String file) {
        String normalised = file.replace("\r\n", "\n");
        int blank = normalised.indexOf("\n\n");
        return blank < 0 ? new String[] {"", normalised} : new String[] {normalised.substring(0, blank), normalised.substring(blank + 2)};
    }

    private static LocalDate published(String value) {
        try {
            return "unknown".equals(value) ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published '" + value + "' is neither YYYY-MM-DD nor unknown");
        }
    }

    private static List<GoldMilestone> milestones(JsonNode row) {
        List<GoldMilestone> out = new ArrayList<>();
        for (JsonNode m : row.path("milestones")) {
            out.add(new GoldMilestone(m.path("project").asText(), m.path("kind").asText(), m.path("date").asText("unknown"),
                    m.path("evidence").asText("")));
        }
        return out;
    }

    private static List<GoldAgreement> agreements(JsonNode row) {
        List<GoldAgreement> out = new ArrayList<>();
        for (JsonNode a : row.path("agreements")) {
            List<String> parties = new ArrayList<>();
            a.path("parties").forEach(p -> parties.add(p.asText()));
            out.add(new GoldAgreement(a.path("title").asText(""), parties, a.path("signed").asText("unknown"),
                    a.path("evidence").asText("")));
        }
        return out;
    }

    private static String text(JsonNode row, String field, Path gold, int lineNo) {
        JsonNode v = row.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(gold + " line " + lineNo + " has no \"" + field + "\"");
        }
        return v.asText();
    }
}
