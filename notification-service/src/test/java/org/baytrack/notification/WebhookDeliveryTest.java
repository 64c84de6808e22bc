package org.baytrack.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.baytrack.events.EventCodec;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.Secrets;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.notification.support.TestEvents;
import org.baytrack.notification.support.WebhookReceiver;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.baytrack.notification.support.Secrets.SECRET;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class WebhookDeliveryTest extends ServiceTestSupport {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static List<Map<String, Object>> deliveries(String subscriptionId) {
        return JsonPath.from(api().get("/subscriptions/" + subscriptionId + "/deliveries").then().statusCode(200)
                .extract().asString()).getList("$");
    }

    @Test
    void verifyingReceiverGetsExactlyOneSignedDeliveryPerChangeEvenWhenEventsAreReplayed() {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver(SECRET));
        String subscription = webhookSubscription(project, receiver, SECRET);

        List<OutgoingEvent> changes = IntStream.range(0, 3).mapToObj(i -> TestEvents.statusChange(project, i)).toList();
        changes.forEach(events::send);
        changes.forEach(events::send); // a replay of the topic: same event ids again
        OutgoingEvent last = TestEvents.statusChange(project, 99);
        events.send(last); // same key, same partition: consumed after every replayed record

        await().atMost(PROMPTLY).until(() -> receiver.accepted().contains(last.id()));
        await().atMost(PROMPTLY).until(() -> deliveries(subscription).stream().allMatch(d -> "delivered".equals(d.get("status"))));

        assertThat(deliveries(subscription)).hasSize(4);
        assertThat(receiver.calls()).hasSize(4).allSatisfy(call -> {
            assertThat(call.signatureValid()).isTrue();
            assertThat(call.contentType()).isEqualTo("application/cloudevents+json");
            assertThat(EventCodec.decode(call.body()).id()).isEqualTo(call.eventId());
        });
        assertThat(receiver.accepted()).containsExactlyInAnyOrder(
                changes.get(0).id(), changes.get(1).id(), changes.get(2).id(), last.id());
        OutgoingEvent first = changes.get(0);
        assertThat(receiver.calls()).filteredOn(c -> c.eventId().equals(first.id()))
                .singleElement().satisfies(c -> assertThat(c.body()).isEqualTo(first.json()));
    }

    @Test
    void failingReceiverEndsWithOneSuccessAfterFourAttempts() {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver(SECRET).failFirst(3));
        String subscription = webhookSubscription(project, receiver, SECRET);

        OutgoingEvent change = TestEvents.statusChange(project, 1);
        events.send(change);

        await().atMost(PROMPTLY).until(() -> deliveries(subscription).stream()
                .anyMatch(d -> "delivered".equals(d.get("status"))));
        Map<String, Object> delivery = deliveries(subscription).get(0);
        assertThat(delivery).containsEntry("attempts", 4).containsEntry("eventId", change.id())
                .containsEntry("channel", "webhook").containsEntry("projectId", project);
        assertThat(receiver.calls()).extracting(WebhookReceiver.Call::answeredWith).containsExactly(500, 500, 500, 204);
        assertThat(receiver.accepted()).containsExactly(change.id());
    }

    @Test
    void failedAttemptIsVisibleInTheLogWithItsErrorAndNextAttempt() {
        String project = newProject();
        // a receiver that refuses every signature: the secret it checks differs from the subscription's
        WebhookReceiver strict = closeLater(new WebhookReceiver(Secrets.OTHER));
        String subscription = webhookSubscription(project, strict, SECRET);

        events.send(TestEvents.statusChange(project, 1));

        await().atMost(PROMPTLY).until(() -> deliveries(subscription).stream()
                .anyMatch(d -> ((Integer) d.get("attempts")) >= 2));
        Map<String, Object> delivery = deliveries(subscription).get(0);
        assertThat(delivery.get("status")).isEqualTo("pending");
        assertThat((String) delivery.get("lastError")).contains("HTTP 401");
        assertThat(delivery.get("nextAttemptAt")).isNotNull();
        api().delete("/subscriptions/" + subscription).then().statusCode(204);
    }

    @Test
    void aWebhookPointedAtTheDatabaseOrTheBrokerLogsAFixedDescriptionAndNoneOfTheirBytes() {
        String project = newProject();
        List<String> subscriptions = List.of(port(jdbcUrl, "//[^:/]+:(\\d+)/"), port(kafka, ":(\\d+)"))
                .stream().map(port -> subscribe("{\"projects\":[\"" + project + "\"],\"webhook\":{\"url\":"
                        + "\"http://127.0.0.1:" + port + "/hook\"}}")).toList();

        events.send(TestEvents.statusChange(project, 1));

        for (String subscription : subscriptions) {
            await().atMost(PROMPTLY).until(() -> deliveries(subscription).stream().anyMatch(d -> d.get("lastError") != null));
            String error = (String) deliveries(subscription).get(0).get("lastError");
            assertThat(error).matches("127\\.0\\.0\\.1 \\(127\\.0\\.0\\.1:\\d+\\) "
                    + "(did not answer with HTTP|closed the connection without an HTTP answer)");
            api().delete("/subscriptions/" + subscription).then().statusCode(204);
        }
    }

    private static int port(String address, String pattern) {
        var m = java.util.regex.Pattern.compile(pattern).matcher(address);
        assertThat(m.find()).as(address).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void subscriptionFilteredToOneProjectReceivesNothingAboutAnother() {
        String followed = newProject();
        String other = newProject();
        WebhookReceiver onlyFollowed = closeLater(new WebhookReceiver(SECRET));
        WebhookReceiver everything = closeLater(new WebhookReceiver(SECRET));
        String followedSubscription = webhookSubscription(followed, onlyFollowed, SECRET);
        subscribe("{\"projects\":[\"" + followed + "\",\"" + other + "\"],\"webhook\":{\"url\":\"" + everything.url()
                + "\",\"secret\":\"" + SECRET + "\"}}");

        OutgoingEvent aboutOther = TestEvents.statusChange(other, 1);
        OutgoingEvent aboutFollowed = TestEvents.statusChange(followed, 2);
        events.send(aboutOther);
        events.send(aboutFollowed);

        // once the catch-all subscriber has both, both events have been matched against every subscription
        await().atMost(PROMPTLY).until(() -> everything.accepted().size() == 2);
        await().atMost(PROMPTLY).until(() -> onlyFollowed.accepted().size() == 1);
        assertThat(onlyFollowed.accepted()).containsExactly(aboutFollowed.id());
        assertThat(deliveries(followedSubscription)).extracting(d -> d.get("eventId")).containsExactly(aboutFollowed.id());
    }

    @Test
    void historicalChangesAndUnchosenKindsAreNotSent() {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver(SECRET));
        String subscription = subscribe("{\"projects\":[\"" + project + "\"],\"kinds\":[\"status_changed\"],"
                + "\"webhook\":{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + SECRET + "\"}}");

        events.send(TestEvents.statusChange(project, ChangeKind.STATUS_CHANGED, true, 1));
        events.send(TestEvents.statusChange(project, ChangeKind.MILESTONE, false, 2));
        OutgoingEvent wanted = TestEvents.statusChange(project, ChangeKind.STATUS_CHANGED, false, 3);
        events.send(wanted);

        await().atMost(PROMPTLY).until(() -> receiver.accepted().contains(wanted.id()));
        assertThat(receiver.accepted()).containsExactly(wanted.id());
        assertThat(deliveries(subscription)).hasSize(1);
    }
}
