package org.baytrack.runner.stack;

import java.io.PrintWriter;

/** Where the launcher reports what it is doing: a terminal (one redrawn status line), a log file, or nowhere. */
public interface Progress {
    /** A line that stays. */
    void line(String text);

    /** A status that the next status or line replaces (on a terminal); logs only see every few seconds of it. */
    void status(String text);

    static Progress silent() {
        return new Progress() {
            @Override
            public void line(String text) {
            }

            @Override
            public void status(String text) {
            }
        };
    }

    static Progress to(PrintWriter out, boolean terminal) {
        return new Progress() {
            private int statusWidth;
            private long lastStatusLog;

            @Override
            public synchronized void line(String text) {
                clear();
                out.println(text);
                out.flush();
            }

            @Override
            public synchronized void status(String text) {
                if (terminal) {
                    clear();
                    out.print(text);
                    statusWidth = text.length() + 8;
                    out.flush();
                } else if (System.nanoTime() - lastStatusLog > 5_000_000_000L) {
                    lastStatusLog = System.nanoTime();
                    out.println(text);
                    out.flush();
                }
            }

            private void clear() {
                if (statusWidth > 0) {
                    out.print("\r" + " ".repeat(statusWidth) + "\r");
                    statusWidth = 0;
                }
            }
        };
    }
}
