package org.baytrack.analysis.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the shared seed documents are: the baytrack.seeds property, else beside the repository. */
public final class Seeds {
    private Seeds() {
    }

    public static Path dir() {
        String configured = System.getProperty("baytrack.seeds");
        List<Path> options = configured != null
                ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/seeds"), Path.of("../../../shared/seeds"));
        for (Path p : options) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("Seed documents not found; set -Dbaytrack.seeds=DIR (tried " + options + ")");
    }

    public static Path path(String name) {
        return dir().resolve(name);
    }
}
