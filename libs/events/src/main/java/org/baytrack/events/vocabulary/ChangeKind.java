package org.baytrack.events.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What changed on a followed project ({@code change} of project.status-changed), and {@link #AGREEMENT} for an
 * agreement naming it. Subscriptions filter on these codes ("forecast_slipped").
 */
public enum ChangeKind {
    STATUS_CHANGED,
    /** A project's first forecast opening. */
    FORECAST_SET,
    FORECAST_SLIPPED,
    FORECAST_ADVANCED,
    MILESTONE,
    /** No new evidence for the configured period: what the board says may be out of date. */
    STALE,
    /** New evidence on a project that was stale. */
    REVIVED,
    AGREEMENT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The written form, so a kind in a message key or a log line reads as it does in JSON. */
    @Override
    public String toString() {
        return code();
    }

    @JsonCreator
    public static ChangeKind fromCode(String code) {
        return code == null ? null : valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
