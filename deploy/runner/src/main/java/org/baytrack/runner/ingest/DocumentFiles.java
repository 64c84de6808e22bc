package org.baytrack.runner.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Files to ingest from the paths a user gives: files as they are, folders walked (hidden entries skipped). */
public final class DocumentFiles {
    private DocumentFiles() {
    }

    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .filter(DocumentFiles::isDocument)
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IOException("no such file or folder: " + p);
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** README and similar notes in a samples folder are not documents. */
    static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !(name.startsWith("readme") || name.endsWith(".md") || name.endsWith(".properties"));
    }

    /** text/html for .html/.htm, application/json for .json, text/plain otherwise (ingest detects the charset). */
    public static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return "text/plain";
    }
}
