package org.baytrack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's 1, 5 and 15 minute load averages, for the report: a bench on a busy machine measures the machine. */
final class LoadAverage {
    private LoadAverage() {
    }

    /** "1.02 0.87 0.65", or "n/a" where /proc/loadavg cannot be read. */
    static String now() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
