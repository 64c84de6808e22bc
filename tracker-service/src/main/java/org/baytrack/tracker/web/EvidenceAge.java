package org.baytrack.tracker.web;

import org.baytrack.tracker.project.StalePolicy;

import java.time.LocalDate;
import java.time.Period;

/**
 * How old a project's latest dated report is. A project nobody has reported on for the stale period is stale (the
 * rule the tracker publishes {@code stale} by): its status may well be out of date, whatever it says.
 */
public record EvidenceAge(LocalDate latest, int years, int months, int days, boolean stale) {
    /** Null when there is no dated report; a report dated after today counts as today's. */
    public static EvidenceAge of(LocalDate latest, AsOf asOf) {
        LocalDate today = asOf.today();
        if (latest == null) {
            return null;
        }
        Period p = latest.isAfter(today) ? Period.ZERO : Period.between(latest, today);
        int totalMonths = (int) p.toTotalMonths();
        return new EvidenceAge(latest, p.getYears(), totalMonths, latest.isAfter(today) ? 0
                : (int) (today.toEpochDay() - latest.toEpochDay()), StalePolicy.isStale(latest, today, asOf.staleAfter()));
    }

    /** The wording's message key and its number: days under a month, months under two years, then years. */
    public Messages.Text text() {
        if (months == 0) {
            return days == 0 ? new Messages.Text("ageToday", 0) : new Messages.Text("ageDays", days);
        }
        return months < 24 ? new Messages.Text("ageMonths", months) : new Messages.Text("ageYears", years);
    }
}
