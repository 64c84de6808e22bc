package org.baytrack.notification.subscription;

import org.baytrack.events.ProjectStatusChanged;

import java.util.List;

/**
 * The kinds of change a subscription can filter on: the {@code change} values of project.status-changed, and
 * {@code agreement} for every agreement.changed.
 */
public final class Kinds {
    public static final List<String> ALL = List.of(
            ProjectStatusChanged.STATUS_CHANGED,
            ProjectStatusChanged.FORECAST_SET,
            ProjectStatusChanged.FORECAST_SLIPPED,
            ProjectStatusChanged.FORECAST_ADVANCED,
            ProjectStatusChanged.MILESTONE,
            ProjectStatusChanged.STALE,
            ProjectStatusChanged.REVIVED,
            ProjectStatusChanged.AGREEMENT);

    private Kinds() {
    }
}
