package org.baytrack.tracker.web;

import java.time.LocalDate;
import java.time.Period;

/** The day a page is drawn and how long a silence makes a project stale (baytrack.tracker.stale-after). */
public record AsOf(LocalDate today, Period staleAfter) {
}
