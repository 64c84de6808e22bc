package org.baytrack.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.baytrack.commons.transaction.AfterCommit;
import org.baytrack.notification.stream.AlertSignals;
import org.baytrack.notification.subscription.Subscription;
import org.baytrack.notification.subscription.SubscriptionSpec;

import java.util.List;
import java.util.function.Predicate;

/**
 * Queues one pending delivery of an alert per subscription that wants it, inside the caller's transaction, and once
 * that commits tells the alert stream and wakes the delivery worker: the same for project and agreement changes.
 */
@ApplicationScoped
public class AlertFanOut {
    @Inject
    DeliveryLog deliveries;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    DeliveryWorker worker;
    @Inject
    AlertSignals signals;

    /** How many deliveries were queued. */
    int queue(String eventId, List<Subscription> candidates, Predicate<SubscriptionSpec> wants) {
        int queued = 0;
        for (Subscription s : candidates) {
            if (wants.test(s.spec())) {
                queued += deliveries.queue(s.id, eventId, s.spec().channel());
            }
        }
        boolean wakeWorker = queued > 0;
        AfterCommit.run(transactions, () -> {
            signals.alertCommitted();
            if (wakeWorker) {
                worker.wakeUp();
            }
        });
        return queued;
    }
}
