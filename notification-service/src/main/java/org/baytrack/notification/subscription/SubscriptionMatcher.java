package org.baytrack.notification.subscription;

import org.baytrack.events.ProjectStatusChanged;

/** Whether a change is one a subscription asked for. */
public final class SubscriptionMatcher {
    private SubscriptionMatcher() {
    }

    public static boolean matches(SubscriptionSpec spec, ProjectStatusChanged change) {
        boolean project = spec.projects().contains(SubscriptionSpec.ALL_PROJECTS)
                || spec.projects().contains(change.projectId());
        boolean kind = spec.kinds().contains(change.change());
        boolean time = spec.historical() || !change.historical();
        return project && kind && time;
    }
}
