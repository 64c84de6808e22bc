package org.baytrack.notification.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.events.AgreementChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventType;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.channel.Attempt;
import org.baytrack.notification.channel.Channel;
import org.baytrack.notification.channel.Envelope;

import java.util.Map;

/** Sends an alert e-mail over SMTP (quarkus.mailer.*). An unreachable server is a failed attempt, retried later. */
@ApplicationScoped
public class EmailSender implements Channel {
    /** Whom an alert goes to: the address and the subscription whose unsubscribe link it carries. */
    public record Recipient(String address, String subscriptionId, String unsubscribeToken) {
    }

    @Inject
    ReactiveMailer mailer;
    @Inject
    NotificationConfig config;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean carries(Envelope envelope) {
        return envelope.email() != null;
    }

    @Override
    public Attempt send(Envelope envelope) {
        return send(new Recipient(envelope.email(), envelope.subscriptionId(), envelope.unsubscribeToken()),
                envelope.payload());
    }

    public Attempt send(Recipient to, String cloudEventJson) {
        try {
            mailer.send(mail(to, EventCodec.decode(cloudEventJson)))
                    .await().atMost(config.delivery().webhookTimeout());
            return Attempt.ok();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Attempt.failed("SMTP: " + cause);
        }
    }

    /** A project's alert or an agreement's, by the event's type. */
    @SuppressWarnings("unchecked")
    Mail mail(Recipient to, ReceivedEvent<?> event) {
        var email = config.email();
        AlertHeaders headers = new AlertHeaders(email.messageIdDomain(), email.unsubscribeMailbox(),
                email.externalUrl());
        var composer = new EmailComposer(config.publicUrl());
        String unsubscribeUrl = headers.unsubscribeUrl(to.unsubscribeToken());
        EmailComposer.Email content;
        Map<String, String> listHeaders;
        if (event.type() == EventType.AGREEMENT_CHANGED) {
            var agreement = (ReceivedEvent<AgreementChanged>) event;
            content = composer.composeAgreement(agreement, unsubscribeUrl);
            listHeaders = headers.agreementHeaders(event.id(), agreement.data().agreementId(), to.subscriptionId(),
                    to.unsubscribeToken());
        } else {
            var change = (ReceivedEvent<ProjectStatusChanged>) event;
            content = composer.compose(change, unsubscribeUrl);
            listHeaders = headers.headers(event.id(), change.data().projectId(), to.subscriptionId(),
                    to.unsubscribeToken());
        }
        Mail mail = Mail.withText(to.address(), content.subject(), content.text()).setHtml(content.html());
        listHeaders.forEach(mail::addHeader);
        return mail;
    }
}
