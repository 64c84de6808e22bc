package org.baytrack.runner.mail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The archive's messages not shown yet, summarised: all of them on the first call, then only the new ones. */
public final class MailFeed {
    private final MailArchive archive;
    private final int lines;
    private final String to;
    private final Set<Path> seen = new HashSet<>();

    /** @param to only messages whose recipient contains this (case-insensitive); null for all */
    public MailFeed(MailArchive archive, int lines, String to) {
        this.archive = archive;
        this.lines = lines;
        this.to = to == null ? null : to.toLowerCase(Locale.ROOT);
    }

    public List<MailSummary> next() {
        List<MailSummary> fresh = new ArrayList<>();
        for (Path file : archive.files()) {
            if (seen.add(file)) {
                MailSummary summary = MailSummary.of(MailArchive.read(file), lines);
                if (to == null || summary.to().toLowerCase(Locale.ROOT).contains(to)) {
                    fresh.add(summary);
                }
            }
        }
        return fresh;
    }
}
