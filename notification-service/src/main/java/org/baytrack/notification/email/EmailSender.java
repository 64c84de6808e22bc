package org.baytrack.notification.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.events.EventCodec;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.delivery.Attempt;

/** Sends an alert e-mail over SMTP (quarkus.mailer.*). An unreachable server is a failed attempt, retried later. */
@ApplicationScoped
public class EmailSender {
    /** Whom an alert goes to: the address and the subscription whose unsubscribe link it carries. */
    public record Recipient(String address, String subscriptionId, String unsubscribeToken) {
    }

    @Inject
    ReactiveMailer mailer;
    @Inject
    NotificationConfig config;

    public Attempt send(Recipient to, String cloudEventJson) {
        try {
            mailer.send(mail(to, EventCodec.decode(cloudEventJson, ProjectStatusChanged.class)))
                    .await().atMost(config.delivery().webhookTimeout());
            return Attempt.ok();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Attempt.failed("SMTP: " + cause);
        }
    }

    Mail mail(Recipient to, ReceivedEvent<ProjectStatusChanged> event) {
        var email = config.email();
        AlertHeaders headers = new AlertHeaders(email.messageIdDomain(), email.unsubscribeMailbox(),
                email.externalUrl());
        EmailComposer.Email content = new EmailComposer(config.publicUrl())
                .compose(event, headers.unsubscribeUrl(to.unsubscribeToken()));
        Mail mail = Mail.withText(to.address(), content.subject(), content.text()).setHtml(content.html());
        headers.headers(event.id(), event.data().projectId(), to.subscriptionId(), to.unsubscribeToken())
                .forEach(mail::addHeader);
        return mail;
    }
}
