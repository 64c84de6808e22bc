package org.baytrack.notification.delivery;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.commons.inbox.PollTransactions;
import org.baytrack.events.EventCodec;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;
import org.baytrack.notification.stream.AlertLog;
import org.baytrack.notification.subscription.SubscriptionStore;
import org.baytrack.notification.subscription.SubscriptionMatcher;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Turns each project.status-changed event into an alert (the public stream) and one pending delivery per
 * matching subscription, all in one transaction; the alert row doubles as the processed-event record. The Kafka
 * offset is committed only after this transaction, so a crash loses nothing, and a redelivered or replayed event
 * changes nothing.
 */
@ApplicationScoped
public class StatusChangeConsumer {
    private static final Logger LOG = Logger.getLogger(StatusChangeConsumer.class);

    @Inject
    SubscriptionStore subscriptions;
    @Inject
    AlertFanOut fanOut;
    @Inject
    AlertLog alerts;
    @Inject
    PollTransactions pollTransactions;

    /**
     * A poll at a time (batch mode): the events of one poll share one transaction, applied in order exactly as one at
     * a time, so a busy topic pays one commit per poll; the offsets are committed after it, as before. If that
     * transaction fails, each event is retried in a transaction of its own.
     */
    @Incoming("status-changed")
    @Blocking
    public void consume(List<String> batch) {
        pollTransactions.apply(batch, this::apply, () -> {
        }, "status changes");
    }

    /** One status-changed event, inside the caller's transaction. */
    void apply(String json) {
        if (json == null) {
            return;
        }
        ReceivedEvent<ProjectStatusChanged> event;
        try {
            event = EventCodec.decode(json, ProjectStatusChanged.class);
        } catch (RuntimeException e) {
            LOG.warnf("Skipping a record on the status-changed topic that is not a project.status-changed event: %s",
                    e.getMessage());
            return;
        }
        ProjectStatusChanged change = event.data();
        if (!alerts.record(event.id(), event.type(), change.projectId(), change.change().code(), change.historical(), json)) {
            return;
        }
        int queued = fanOut.queue(event.id(), subscriptions.reachableFollowing(change.projectId()),
                spec -> SubscriptionMatcher.matches(spec, change));
        LOG.debugf("Event %s (%s %s): %d deliveries queued", event.id(), change.projectId(), change.change(), queued);
    }
}
