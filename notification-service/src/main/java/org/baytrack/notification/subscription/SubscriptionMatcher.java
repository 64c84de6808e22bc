package org.baytrack.notification.subscription;

import org.baytrack.events.AgreementChanged;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.ChangeKind;

import java.util.Objects;

/** Whether a change is one a subscription asked for. */
public final class SubscriptionMatcher {
    private SubscriptionMatcher() {
    }

    public static boolean matches(SubscriptionSpec spec, ProjectStatusChanged change) {
        boolean project = spec.projects().contains(SubscriptionSpec.ALL_PROJECTS)
                || spec.projects().contains(change.projectId());
        boolean kind = spec.kinds().contains(change.change().code());
        boolean time = spec.historical() || !change.historical();
        return project && kind && time;
    }

    /**
     * An agreement change matches a subscription to the agreement kind when it names one of its projects (or the
     * subscription is to every project) and, if the subscription names parties, one of them.
     */
    public static boolean matches(SubscriptionSpec spec, AgreementChanged change) {
        boolean project = spec.projects().contains(SubscriptionSpec.ALL_PROJECTS)
                || change.projects().stream().anyMatch(spec.projects()::contains);
        boolean party = spec.parties().isEmpty() || change.parties().stream()
                .map(AgreementChanged.Party::id).filter(Objects::nonNull).anyMatch(spec.parties()::contains);
        boolean kind = spec.kinds().contains(ChangeKind.AGREEMENT.code());
        boolean time = spec.historical() || !change.historical();
        return project && party && kind && time;
    }
}
