package org.baytrack.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.commons.problem.ProblemException;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** The delivery log as subscribers and admins see it: queued deliveries, their outcomes, dead letters put back. */
@ApplicationScoped
public class DeliveryLog {
    static final Set<String> STATUSES = Set.of("pending", "delivered", "dead", "disabled");

    @Inject
    DeliveryStore store;
    @Inject
    DeliveryWorker worker;

    /** Inside the caller's transaction; a subscription gets each event once. @return 1 when queued, 0 when it was */
    public int queue(String subscriptionId, String eventId, String channel) {
        return store.queue(subscriptionId, eventId, channel);
    }

    /** Newest first. */
    public List<DeliveryView> forSubscription(String subscriptionId, String status, int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.badRequest("status '" + status + "' is not a delivery status; use pending, "
                    + "delivered, dead or disabled");
        }
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("limit must be between 1 and 1000, got " + limit);
        }
        try {
            return store.ofSubscription(subscriptionId, status, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the delivery log: " + e.getMessage(), e);
        }
    }

    public DeliveryView get(long id) {
        try {
            return store.find(id).orElseThrow(() -> ProblemException.notFound("There is no delivery " + id
                    + "; see GET /subscriptions/{id}/deliveries for a subscription's deliveries."));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the delivery log: " + e.getMessage(), e);
        }
    }

    /** Puts a dead-lettered delivery back in the queue at the start of the retry schedule; 409 for any other status. */
    public DeliveryView retry(long id) {
        DeliveryView current = get(id);
        if (!current.status().equals("dead")) {
            throw new ProblemException(409, "Not a dead letter", "Delivery " + id + " is " + current.status()
                    + (current.status().equals("pending") ? "; it is retried automatically (next attempt at "
                    + current.nextAttemptAt() + ")" : "; there is nothing to retry")
                    + ". Only dead-lettered deliveries can be retried by hand.");
        }
        try {
            store.requeueDead(id);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not requeue delivery " + id + ": " + e.getMessage(), e);
        }
        worker.wakeUp();
        return get(id);
    }

    /** Forgets the deliveries of one channel that were not sent yet, e.g. once their address has unsubscribed. */
    public int dropPending(String subscriptionId, String channel) {
        try {
            return store.dropPending(subscriptionId, channel);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the pending deliveries: " + e.getMessage(), e);
        }
    }
}
