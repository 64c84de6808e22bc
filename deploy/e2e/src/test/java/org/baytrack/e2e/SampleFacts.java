package org.baytrack.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table of facts in {@code deploy/samples/README.md}, read from the README itself so that the table and the
 * end-to-end check of the samples' board cannot drift apart.
 */
final class SampleFacts {
    static final String HEADER = "| project | kind | date | file | source |";

    /** A milestone as the tracker's timeline keys it; a null date is a milestone with no date. */
    record Key(String project, String kind, String date) {
        @Override
        public String toString() {
            return project + " " + kind + " " + (date == null ? "(no date)" : date);
        }
    }

    record Fact(Key key, List<String> files, String source) {
        @Override
        public String toString() {
            return key + " (" + String.join(", ", files) + ")";
        }
    }

    private SampleFacts() {
    }

    static List<Fact> read(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int header = lines.indexOf(HEADER);
        if (header < 0) {
            throw new IllegalStateException(readme + " has no table of facts starting with the line " + HEADER);
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", -1);
            if (cells.length != 7) {
                throw new IllegalStateException(readme + " line " + (i + 1) + " is no row of five cells: " + lines.get(i));
            }
            String date = cells[3].strip();
            List<String> files = Arrays.stream(cells[4].split(",")).map(String::strip).toList();
            facts.add(new Fact(new Key(cells[1].strip(), cells[2].strip(), date.isEmpty() ? null : date), files,
                    cells[5].strip()));
        }
        if (facts.isEmpty()) {
            throw new IllegalStateException(readme + " lists no facts under " + HEADER);
        }
        return facts;
    }
}
