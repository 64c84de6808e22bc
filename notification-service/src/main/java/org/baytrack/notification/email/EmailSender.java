package org.baytrack.notification.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.events.AgreementChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventType;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.delivery.Attempt;

/** Sends an alert e-mail over SMTP (quarkus.mailer.*). An unreachable server is a failed attempt, retried later. */
@ApplicationScoped
public class EmailSender {
    @Inject
    ReactiveMailer mailer;
    @Inject
    NotificationConfig config;

    public Attempt send(String to, String cloudEventJson) {
        var composer = new EmailComposer(config.publicUrl());
        var event = EventCodec.decode(cloudEventJson);
        EmailComposer.Email email = event.type() == EventType.AGREEMENT_CHANGED
                ? composer.composeAgreement(EventCodec.decode(cloudEventJson, AgreementChanged.class))
                : composer.compose(EventCodec.decode(cloudEventJson, ProjectStatusChanged.class));
        try {
            mailer.send(Mail.withText(to, email.subject(), email.text()))
                    .await().atMost(config.delivery().webhookTimeout());
            return Attempt.ok();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Attempt.failed("SMTP: " + cause);
        }
    }
}
