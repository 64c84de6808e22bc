package org.baytrack.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.notification.support.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.baytrack.notification.support.Secrets.SECRET;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class SubscriptionApiTest extends ServiceTestSupport {
    @Inject
    EntityManager em;

    @Test
    void createdSubscriptionCanBeReadPatchedAndDeleted() {
        String project = newProject();
        var created = api().body("{\"projects\":[\"" + project + "\"],"
                        + "\"webhook\":{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"" + SECRET + "\"}}")
                .post("/subscriptions")
                .then().statusCode(201)
                .header("Location", containsString("/subscriptions/"))
                .body("id", notNullValue())
                .body("kinds", hasItems("status_changed", "forecast_slipped", "forecast_advanced", "milestone", "agreement"))
                .body("historical", equalTo(false))
                .body("channel", equalTo("webhook"))
                .body("webhook.url", equalTo("http://127.0.0.1:9/hook"))
                .body("webhook.secret", nullValue())
                .extract();
        String id = created.path("id");

        api().get("/subscriptions/" + id).then().statusCode(200)
                .body("projects[0]", equalTo(project))
                .body("webhook.secret", nullValue());

        api().contentType("application/merge-patch+json").body("{\"kinds\":[\"forecast_slipped\"],\"historical\":true}")
                .patch("/subscriptions/" + id)
                .then().statusCode(200)
                .body("kinds", equalTo(java.util.List.of("forecast_slipped")))
                .body("historical", equalTo(true))
                .body("webhook.url", equalTo("http://127.0.0.1:9/hook"));

        api().body("{\"webhook\":null,\"email\":\"someone@example.org\"}").patch("/subscriptions/" + id)
                .then().statusCode(200).body("channel", equalTo("email")).body("email", equalTo("someone@example.org"));

        api().delete("/subscriptions/" + id).then().statusCode(204);
        api().get("/subscriptions/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void generatedWebhookSecretIsShownOnlyInTheCreatingAnswer() {
        var created = api().body("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"http://127.0.0.1:9/hook/" + UUID.randomUUID()
                        + "\"}}")
                .post("/subscriptions").then().statusCode(201)
                .body("webhook.secret", startsWith("whsec_")).extract();
        api().get("/subscriptions/" + created.path("id")).then().statusCode(200).body("webhook.secret", nullValue());
    }

    @Test
    void unknownProjectIsRefusedNamingTheKnownProjects() {
        String known = newProject();
        api().body("{\"projects\":[\"atlantis-tunnel\"],\"email\":\"someone@example.org\"}").post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown project atlantis-tunnel"))
                .body("detail", containsString(known));
    }

    @Test
    void unknownKindMalformedUrlAndMalformedAddressAreRefusedWithProblemDetails() {
        api().body("{\"projects\":[\"*\"],\"kinds\":[\"opened\"]}").post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown kind opened"));
        api().body("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"not a url\"}}").post("/subscriptions")
                .then().statusCode(400).body("detail", containsString("webhook.url"));
        api().body("{\"projects\":[\"*\"],\"email\":\"nobody-at-example.org\"}").post("/subscriptions")
                .then().statusCode(400).body("detail", containsString("not an e-mail address"));
        api().body("{\"projects\":[\"*\"],").post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void webhookUrlOnCloudMetadataAddressIsRefused() {
        api().body("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"http://169.254.169.254/latest/meta-data/\","
                        + "\"secret\":\"" + SECRET + "\"}}")
                .post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("169.254.169.254"))
                .body("detail", containsString("cloud metadata"));
        api().body("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"http://[64:ff9b::a9fe:a9fe]/latest/meta-data/\"}}")
                .post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("reaches 169.254.169.254"));
    }

    @Test
    void webhookPortOutOfRangeOrUrlOverTwoKilobytesIsRefusedNamingTheField() {
        for (String port : new String[]{"0", "65536", "99999"}) {
            api().body("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"http://hooks.example.org:" + port + "/hook\"}}")
                    .post("/subscriptions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("webhook.url port " + port))
                    .body("detail", containsString("1 to 65535"));
        }
        String huge = "https://hooks.example.org/" + "a".repeat(1024 * 1024);
        api().body("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"" + huge + "\"}}").post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("webhook.url is 1048602 bytes long"))
                .body("detail", containsString("at most 2048"))
                .body("detail", not(containsString("aaaaaaaa")));
        String id = subscribe("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"http://127.0.0.1:9/hook/"
                + UUID.randomUUID() + "\"}}");
        api().body("{\"webhook\":{\"url\":\"http://127.0.0.1:70000/hook\"}}").patch("/subscriptions/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("webhook.url port 70000"));
    }

    @Test
    void projectRegisteredOnTheEntitiesTopicCanBeSubscribedToAtOnce() {
        String project = "registered-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"projects\":[\"" + project + "\"]}";
        api().body(body).post("/subscriptions").then().statusCode(400);
        events.send(TestEvents.projectRegistered(project));
        // no wait for the entity consumer: the topic is read to its end before a project is refused
        api().body(body).post("/subscriptions").then().statusCode(201);
    }

    /** As after a start on an empty database, before the entity consumer has read the topic. */
    @Test
    void aProjectOnTheEntitiesTopicButNotYetStoredIsAccepted() {
        String project = "unread-" + UUID.randomUUID().toString().substring(0, 8);
        events.send(TestEvents.projectRegistered(project));
        await().atMost(Duration.ofSeconds(30)).until(() -> knownRows(project) == 1);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from known_project where id = ?1")
                .setParameter(1, project).executeUpdate());

        api().body("{\"projects\":[\"" + project + "\"]}").post("/subscriptions").then().statusCode(201);
        assertThat(knownRows(project)).as("learned from the topic").isEqualTo(1);
    }

    @Test
    void aProjectTheCatalogDeletedIsRefusedAgain() {
        String project = "deleted-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"projects\":[\"" + project + "\"]}";
        events.send(TestEvents.projectRegistered(project));
        api().body(body).post("/subscriptions").then().statusCode(201);

        events.sendTombstone(project);
        await().atMost(Duration.ofSeconds(30)).until(() -> knownRows(project) == 0);
        // reading the topic again ends on the tombstone, so it does not bring the project back
        api().body(body).post("/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown project " + project));
        assertThat(knownRows(project)).isZero();
    }

    long knownRows(String project) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from known_project where id = ?1").setParameter(1, project).getSingleResult()).longValue());
    }

    @Test
    void healthOpenApiAndDeliveryMetricsAreExposed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/subscriptions/{id}/deliveries"))
                .body(containsString("/alerts/stream"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("baytrack_notification_deliveries_total"));
    }
}
