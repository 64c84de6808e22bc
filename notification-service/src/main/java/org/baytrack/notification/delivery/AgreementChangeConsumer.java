package org.baytrack.notification.delivery;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.commons.inbox.PollTransactions;
import org.baytrack.events.AgreementChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.ReceivedEvent;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.notification.stream.AlertLog;
import org.baytrack.notification.subscription.SubscriptionStore;
import org.baytrack.notification.subscription.SubscriptionMatcher;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Turns each agreement.changed event into an alert and one pending delivery per subscription to the agreement
 * kind that it matches, in one transaction, exactly as {@link StatusChangeConsumer} does for project changes: the
 * alert row is the processed-event record, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class AgreementChangeConsumer {
    private static final Logger LOG = Logger.getLogger(AgreementChangeConsumer.class);

    @Inject
    SubscriptionStore subscriptions;
    @Inject
    AlertLog alerts;
    @Inject
    AlertFanOut fanOut;
    @Inject
    PollTransactions pollTransactions;

    @Incoming("agreement-changed")
    @Blocking
    public void consume(List<String> batch) {
        pollTransactions.apply(batch, this::apply, () -> {
        }, "agreement changes");
    }

    /** One agreement.changed event, inside the caller's transaction. */
    void apply(String json) {
        if (json == null) {
            return;
        }
        ReceivedEvent<AgreementChanged> event;
        try {
            event = EventCodec.decode(json, AgreementChanged.class);
        } catch (RuntimeException e) {
            LOG.warnf("Skipping a record on the agreements topic that is not an agreement.changed event: %s",
                    e.getMessage());
            return;
        }
        AgreementChanged change = event.data();
        if (!alerts.record(event.id(), event.type(), change.agreementId(), change.change(), change.historical(),
                json)) {
            return;
        }
        int queued = fanOut.queue(event.id(), subscriptions.reachableWanting(ChangeKind.AGREEMENT.code()), spec -> SubscriptionMatcher.matches(spec, change));
        LOG.debugf("Event %s (%s %s): %d deliveries queued", event.id(), change.agreementId(), change.change(),
                queued);
    }
}
