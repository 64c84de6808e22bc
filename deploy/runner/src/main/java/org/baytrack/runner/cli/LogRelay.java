package org.baytrack.runner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies what a log file gains to a terminal, whole lines only, so a UTF-8 character is never split. */
final class LogRelay {
    private final Path log;
    private final PrintWriter out;
    private long offset;

    private LogRelay(Path log, PrintWriter out, long offset) {
        this.log = log;
        this.out = out;
        this.offset = offset;
    }

    /** Relays from the log's current end: an earlier run's lines are not this run's. */
    static LogRelay fromEnd(Path log, PrintWriter out) throws IOException {
        return new LogRelay(log, out, Files.exists(log) ? Files.size(log) : 0);
    }

    void relay() throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long length = f.length();
            if (length <= offset) {
                return;
            }
            f.seek(offset);
            byte[] bytes = new byte[(int) (length - offset)];
            f.readFully(bytes);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (end == 0) {
                return;
            }
            out.print(new String(bytes, 0, end, StandardCharsets.UTF_8));
            out.flush();
            offset += end;
        }
    }
}
