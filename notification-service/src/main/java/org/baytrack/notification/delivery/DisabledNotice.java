package org.baytrack.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.notification.config.NotificationConfig;
import org.jboss.logging.Logger;

/** Tells a subscription's contact that it was disabled, and how to turn it back on. Best effort: once, not retried. */
@ApplicationScoped
public class DisabledNotice {
    private static final Logger LOG = Logger.getLogger(DisabledNotice.class);

    @Inject
    ReactiveMailer mailer;
    @Inject
    NotificationConfig config;

    void send(String contact, String subscriptionId, String reason) {
        String text = "Baytrack stopped sending alerts to subscription " + subscriptionId + " because " + reason + ".\n\n"
                + "Alerts that arrive while it is disabled are not queued for it. When the endpoint works again, "
                + "turn the subscription back on with POST /subscriptions/" + subscriptionId + "/enable; "
                + "GET /subscriptions/" + subscriptionId + "/deliveries shows what failed.\n";
        try {
            mailer.send(Mail.withText(contact, "Baytrack subscription " + subscriptionId + " disabled", text))
                    .await().atMost(config.delivery().webhookTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("Could not tell %s that subscription %s was disabled: %s", contact, subscriptionId, e.toString());
        }
    }
}
