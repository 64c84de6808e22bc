package org.baytrack.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** The bench's progress lines: the senders, the SSE reader and the run print to it from their own threads. */
final class Console {
    private final PrintWriter out;

    Console(PrintWriter out) {
        this.out = out;
    }

    synchronized void say(String format, Object... args) {
        out.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
