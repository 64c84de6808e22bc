package org.baytrack.notification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.notification.support.TestEvents;
import org.baytrack.notification.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Deliveries as a Standard Webhooks receiver sees them, verified with the official library. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class StandardWebhooksTest extends ServiceTestSupport {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    /** Creates a webhook subscription without a secret and answers the generated one. */
    private static String[] subscribeGenerated(String project, WebhookReceiver receiver) {
        var answer = api().body("{\"projects\":[\"" + project + "\"],\"webhook\":{\"url\":\"" + receiver.url() + "\"}}")
                .post("/subscriptions").then().statusCode(201).body("webhook.secret", startsWith("whsec_")).extract();
        return new String[]{answer.path("id"), answer.path("webhook.secret")};
    }

    private WebhookReceiver.Call awaitCall(WebhookReceiver receiver, OutgoingEvent event) {
        await().atMost(PROMPTLY).until(() -> receiver.calls().stream().anyMatch(c -> event.id().equals(c.eventId())));
        return receiver.calls().stream().filter(c -> event.id().equals(c.eventId())).findFirst().orElseThrow();
    }

    @Test
    void aDeliveryVerifiesWithTheStandardWebhooksLibrary() {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver(null));
        String[] created = subscribeGenerated(project, receiver);
        receiver.useSecret(created[1]);
        OutgoingEvent change = TestEvents.statusChange(project, 1);
        events.send(change);

        WebhookReceiver.Call call = awaitCall(receiver, change);
        assertThat(call.verifiesWith(created[1])).as("webhook-signature verifies with the generated secret").isTrue();
        assertThat(call.headers().firstValue("webhook-id")).contains(change.id());
        long timestamp = Long.parseLong(call.headers().firstValue("webhook-timestamp").orElseThrow());
        assertThat(timestamp).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
        assertThat(call.headers().firstValue("webhook-signature").orElseThrow()).matches("v1,[A-Za-z0-9+/]+=*");
        assertThat(call.body()).isEqualTo(change.json());
        assertThat(call.verifiesWith(org.baytrack.notification.support.Secrets.OTHER)).isFalse();
        // the deprecated headers are still there for receivers written against them
        assertThat(call.legacySignatureMatches(created[1])).isTrue();
        assertThat(call.headers().firstValue("Baytrack-Event-Id")).contains(change.id());
    }

    @Test
    void aRotatedSecretVerifiesWithEitherSecretForADay() {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver(null));
        String[] created = subscribeGenerated(project, receiver);
        String id = created[0];
        String old = created[1];
        receiver.useSecret(old);

        given().post("/subscriptions/" + id + "/secret/rotate").then().statusCode(401);
        var rotated = api().post("/subscriptions/" + id + "/secret/rotate").then().statusCode(200)
                .body("id", equalTo(id)).body("secret", startsWith("whsec_"))
                .body("previousSecretExpiresAt", notNullValue()).extract();
        String fresh = rotated.path("secret");
        assertThat(fresh).isNotEqualTo(old);
        OffsetDateTime until = OffsetDateTime.parse(rotated.path("previousSecretExpiresAt"));
        assertThat(Duration.between(OffsetDateTime.now(), until)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
        api().get("/subscriptions/" + id).then().statusCode(200)
                .body("webhook.secret", org.hamcrest.Matchers.nullValue())
                .body("webhook.previousSecretExpiresAt", notNullValue());

        OutgoingEvent change = TestEvents.statusChange(project, 2);
        events.send(change);
        WebhookReceiver.Call call = awaitCall(receiver, change);
        assertThat(call.headers().firstValue("webhook-signature").orElseThrow().split(" ")).hasSize(2);
        assertThat(call.verifiesWith(fresh)).as("verifies with the new secret").isTrue();
        assertThat(call.verifiesWith(old)).as("verifies with the old secret").isTrue();
        assertThat(call.legacySignatureMatches(fresh)).isTrue();
        assertThat(call.legacySignatureMatches(old)).isTrue();
    }

    @Test
    void whenTheOverlapHasPassedOnlyTheNewSecretSigns() throws Exception {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver(null));
        String[] created = subscribeGenerated(project, receiver);
        String fresh = api().post("/subscriptions/" + created[0] + "/secret/rotate").then().statusCode(200)
                .extract().path("secret");
        receiver.useSecret(fresh);
        sql("update subscription set webhook_previous_secret_expires_at = now() - interval '1 second' where id = ?",
                created[0]);

        OutgoingEvent change = TestEvents.statusChange(project, 3);
        events.send(change);
        WebhookReceiver.Call call = awaitCall(receiver, change);
        assertThat(call.headers().firstValue("webhook-signature").orElseThrow().split(" ")).hasSize(1);
        assertThat(call.verifiesWith(fresh)).isTrue();
        assertThat(call.verifiesWith(created[1])).isFalse();
    }

    @Test
    void aSubscriptionWithASecretFromBeforeWhsecKeepsWorking() throws Exception {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver("s3cret"));
        String id = UUID.randomUUID().toString();
        // a row as migration V5 left it: every subscription has an unsubscribe token
        sql("insert into subscription (id, projects, kinds, webhook_url, webhook_secret, unsubscribe_token) "
                + "values (?, array[?], array['status_changed','forecast_slipped','forecast_advanced','milestone',"
                + "'agreement'], ?, 's3cret', ?)", id, project, receiver.url(), UUID.randomUUID().toString());
        // a patch sends the stored secret back unchanged, which must not be refused now
        api().body("{\"historical\":true}").patch("/subscriptions/" + id).then().statusCode(200);

        OutgoingEvent change = TestEvents.statusChange(project, 4);
        events.send(change);
        WebhookReceiver.Call call = awaitCall(receiver, change);
        assertThat(call.verifiesWith("s3cret")).as("the library with the secret's UTF-8 bytes").isTrue();
        assertThat(call.legacySignatureMatches("s3cret")).isTrue();
        assertThat(receiver.accepted()).containsExactly(change.id());
    }

    @Test
    void aSecretNotInTheStandardFormIsRefused() {
        String project = newProject();
        for (String secret : new String[]{"s3cret", "whsec_" + "QUJDREVGR0hJSktMTU5PUA=="}) {
            api().body("{\"projects\":[\"" + project + "\"],\"webhook\":{\"url\":\"http://127.0.0.1:9/hook\","
                            + "\"secret\":\"" + secret + "\"}}")
                    .post("/subscriptions").then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("webhook.secret must be 'whsec_' followed by the base64 of at least 24"));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private void sql(String statement, String... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
