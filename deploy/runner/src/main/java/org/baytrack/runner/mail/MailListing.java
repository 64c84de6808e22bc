package org.baytrack.runner.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Prints message summaries as {@code ./baytrack mail} shows them: a header line, the subject, the first lines. */
public final class MailListing {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int WIDTH = 110;

    private final ZoneId zone;

    public MailListing(ZoneId zone) {
        this.zone = zone;
    }

    public String format(MailSummary mail) {
        StringBuilder b = new StringBuilder();
        b.append(mail.date() == null ? "(no date)          " : TIME.format(mail.date().atZone(zone)))
                .append("  to ").append(mail.to()).append('\n');
        b.append("  ").append(cut(mail.subject(), WIDTH)).append('\n');
        mail.firstLines().forEach(line -> b.append("  | ").append(cut(line, WIDTH - 2)).append('\n'));
        return b.toString();
    }

    private static String cut(String s, int width) {
        return s.codePointCount(0, s.length()) <= width ? s
                : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
    }
}
