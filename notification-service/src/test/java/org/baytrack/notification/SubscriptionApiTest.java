package org.baytrack.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.notification.support.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.baytrack.notification.support.Secrets.SECRET;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class SubscriptionApiTest extends ServiceTestSupport {

    @Test
    void createdSubscriptionCanBeReadPatchedAndDeleted() {
        var created = api().body("{\"projects\":[\"huangmaohai-passage\"],"
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
                .body("projects[0]", equalTo("huangmaohai-passage"))
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
        api().body("{\"projects\":[\"atlantis-tunnel\"],\"email\":\"someone@example.org\"}").post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown project atlantis-tunnel"))
                .body("detail", containsString("huangmaohai-passage"))
                .body("detail", containsString("shenzhong-link"));
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
                .body("detail", containsString("link-local"));
    }

    @Test
    void projectRegisteredOnTheEntitiesTopicCanBeSubscribedTo() {
        String project = "registered-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"projects\":[\"" + project + "\"]}";
        api().body(body).post("/subscriptions").then().statusCode(400);
        events.send(TestEvents.projectRegistered(project));
        await().atMost(Duration.ofSeconds(30)).until(() -> api().body(body).post("/subscriptions").statusCode() == 201);
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
