package org.baytrack.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.notification.support.TestEvents;
import org.baytrack.notification.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.baytrack.notification.support.Secrets.SECRET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(DeadLetterTest.ShortRetrySchedule.class)
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest extends ServiceTestSupport {

    public static class ShortRetrySchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("baytrack.notification.delivery.retry-delays", "PT0.2S,PT0.2S");
        }
    }

    @Test
    void deliveryStillFailingAfterTheLastRetryIsDeadLetteredAndCanBeRetriedByHand() {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver(SECRET).failFirst(1000));
        String subscription = webhookSubscription(project, receiver, SECRET);
        OutgoingEvent change = TestEvents.statusChange(project, 1);
        events.send(change);

        await().atMost(Duration.ofSeconds(20)).until(() -> "dead".equals(
                api().get("/subscriptions/" + subscription + "/deliveries").then().extract().path("[0].status")));
        var dead = api().get("/subscriptions/" + subscription + "/deliveries?status=dead").then().statusCode(200)
                .body("[0].lastError", containsString("HTTP 500"))
                .body("[0].deadAt", org.hamcrest.Matchers.notNullValue())
                .extract();
        long deliveryId = ((Number) dead.path("[0].id")).longValue();
        int attemptsBefore = dead.path("[0].attempts");
        assertThat(attemptsBefore).as("the first attempt and one per delay").isEqualTo(3);
        given().get("/q/metrics").then().body(containsString("outcome=\"dead_lettered\""));

        receiver.failFirst(0);
        api().post("/deliveries/" + deliveryId + "/retry").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> "delivered".equals(
                api().get("/deliveries/" + deliveryId).then().extract().path("status")));
        api().get("/deliveries/" + deliveryId).then().body("attempts", equalTo(attemptsBefore + 1));
        assertThat(receiver.accepted()).containsExactly(change.id());

        api().post("/deliveries/" + deliveryId + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("delivered"));
    }
}
