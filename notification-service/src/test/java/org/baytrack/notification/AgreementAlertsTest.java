package org.baytrack.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.events.EventCodec;
import org.baytrack.events.EventType;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.notification.support.TestEvents;
import org.baytrack.notification.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baytrack.notification.support.Secrets.SECRET;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** agreement.changed on the real broker reaches the subscriptions to the agreement kind it matches, once each. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class AgreementAlertsTest extends ServiceTestSupport {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    private static String agreementSubscription(String filter, WebhookReceiver receiver) {
        return subscribe("{" + filter + ",\"kinds\":[\"agreement\"],\"webhook\":{\"url\":\"" + receiver.url()
                + "\",\"secret\":\"" + SECRET + "\"}}");
    }

    @Test
    void anAgreementChangeReachesTheSubscriptionsToItsPartyOrProjectOnceEachEvenWhenReplayed() {
        String party = "party-" + UUID.randomUUID().toString().substring(0, 8);
        String project = newProject();
        WebhookReceiver byParty = closeLater(new WebhookReceiver(SECRET));
        WebhookReceiver byProject = closeLater(new WebhookReceiver(SECRET));
        WebhookReceiver otherParty = closeLater(new WebhookReceiver(SECRET));
        WebhookReceiver projectKindsOnly = closeLater(new WebhookReceiver(SECRET));
        String partySubscription = agreementSubscription("\"projects\":[\"*\"],\"parties\":[\"" + party + "\"]", byParty);
        agreementSubscription("\"projects\":[\"" + project + "\"]", byProject);
        agreementSubscription("\"projects\":[\"*\"],\"parties\":[\"someone-else\"]", otherParty);
        subscribe("{\"projects\":[\"" + project + "\"],\"kinds\":[\"status_changed\"],\"webhook\":{\"url\":\""
                + projectKindsOnly.url() + "\",\"secret\":\"" + SECRET + "\"}}");
        api().get("/subscriptions/" + partySubscription).then().statusCode(200)
                .body("parties", equalTo(List.of(party)));

        String agreement = "agr-" + UUID.randomUUID().toString().substring(0, 12);
        OutgoingEvent progress = TestEvents.agreementProgress(agreement, List.of(party, "zhuhai"), List.of(project), 9);
        assertThat(progress.topic()).isEqualTo(EventType.AGREEMENT_CHANGED.topic());
        events.send(progress);
        events.send(progress); // redelivered: same event id

        await().atMost(PROMPTLY).until(() -> byParty.accepted().contains(progress.id())
                && byProject.accepted().contains(progress.id()));
        OutgoingEvent marker = TestEvents.agreementProgress(agreement, List.of(party), List.of(), 10);
        events.send(marker); // same key, same partition: consumed after the redelivered record
        await().atMost(PROMPTLY).until(() -> byParty.accepted().contains(marker.id()));

        assertThat(byParty.accepted()).containsExactly(progress.id(), marker.id());
        assertThat(byParty.calls()).allSatisfy(call -> {
            assertThat(call.signatureValid()).isTrue();
            assertThat(EventCodec.decode(call.body()).type()).isEqualTo(EventType.AGREEMENT_CHANGED);
        });
        assertThat(byProject.accepted()).containsExactly(progress.id());
        assertThat(otherParty.calls()).isEmpty();
        assertThat(projectKindsOnly.calls()).isEmpty();
    }
}
