package org.baytrack.notification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.subscription.SecretsAtRest;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.notification.support.TestEvents;
import org.baytrack.notification.support.WebhookReceiver;
import org.baytrack.events.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhook secrets in the real PostgreSQL: sealed when stored, sealed at start-up when older, opened to sign. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class SecretsAtRestTest extends ServiceTestSupport {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SecretsAtRest secretsAtRest;

    @Test
    void aSubscribersSecretIsStoredSealedAndStillSignsItsDeliveries() throws Exception {
        String project = newProject();
        String secret = WebhookSecret.generate(new SecureRandom());
        WebhookReceiver receiver = closeLater(new WebhookReceiver(secret));
        String id = webhookSubscription(project, receiver, secret);
        String stored = column("webhook_secret", id);
        assertThat(stored).startsWith("v1:").doesNotContain(secret).doesNotContain(secret.substring(6));

        assertThat(deliveredTo(receiver, project).verifiesWith(secret)).isTrue();
        assertThat(column("webhook_secret", id)).as("sending leaves the row as it was").isEqualTo(stored);
    }

    @Test
    void rotationKeepsBothSecretsSealed() throws Exception {
        String first = WebhookSecret.generate(new SecureRandom());
        WebhookReceiver receiver = closeLater(new WebhookReceiver(first));
        String project = newProject();
        String id = webhookSubscription(project, receiver, first);
        String second = api().post("/subscriptions/" + id + "/secret/rotate").then().statusCode(200)
                .extract().path("secret");

        assertThat(column("webhook_secret", id)).startsWith("v1:").doesNotContain(second);
        assertThat(column("webhook_previous_secret", id)).startsWith("v1:").doesNotContain(first);
        WebhookReceiver.Call call = deliveredTo(receiver, project);
        assertThat(call.verifiesWith(second)).isTrue();
        assertThat(call.verifiesWith(first)).isTrue();
    }

    @Test
    void secretsStoredBeforeEncryptionAreSealedAtStartUpAndKeepSigning() throws Exception {
        String project = newProject();
        String secret = WebhookSecret.generate(new SecureRandom());
        String legacy = "an old secret from 2024";
        WebhookReceiver receiver = closeLater(new WebhookReceiver(secret));
        String id = UUID.randomUUID().toString();
        // a row as migration V6 leaves one written before encryption, with a rotated-out legacy secret beside it
        sql("insert into subscription (id, projects, kinds, webhook_url, webhook_secret, webhook_previous_secret, "
                + "webhook_previous_secret_expires_at, unsubscribe_token) values (?, array[?], array['status_changed',"
                + "'forecast_slipped','forecast_advanced','milestone','stale','revived','forecast_set','agreement'], ?, "
                + "?, ?, now() + interval '1 hour', ?)", id, project, receiver.url(), "plain:" + secret,
                "plain:" + legacy, UUID.randomUUID().toString());

        assertThat(secretsAtRest.sealStoredSecrets()).isGreaterThanOrEqualTo(1);

        assertThat(column("webhook_secret", id)).startsWith("v1:").doesNotContain(secret);
        assertThat(column("webhook_previous_secret", id)).startsWith("v1:").doesNotContain(legacy);
        assertThat(secretsAtRest.sealStoredSecrets()).as("nothing is left to seal").isZero();

        WebhookReceiver.Call call = deliveredTo(receiver, project);
        assertThat(call.verifiesWith(secret)).isTrue();
        assertThat(call.legacySignatureMatches(legacy)).as("the previous secret signs too").isTrue();
    }

    /** Sends a status change of {@code project} and answers the call that brought it to {@code receiver}. */
    private WebhookReceiver.Call deliveredTo(WebhookReceiver receiver, String project) {
        OutgoingEvent change = TestEvents.statusChange(project, 1);
        events.send(change);
        await().atMost(PROMPTLY).until(() -> receiver.calls().stream().anyMatch(c -> change.id().equals(c.eventId())));
        return receiver.calls().stream().filter(c -> change.id().equals(c.eventId())).findFirst().orElseThrow();
    }

    private String column(String name, String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + name + " from subscription where id = ?")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private void sql(String statement, String... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
