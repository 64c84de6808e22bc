package org.baytrack.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.Secrets;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** The same subscription twice is one subscription. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class SubscribeTwiceTest extends ServiceTestSupport {

    private static String webhook(String project, String url, String kinds) {
        return "{\"projects\":[" + project + "],\"kinds\":[" + kinds + "],\"webhook\":{\"url\":\"" + url + "\"}}";
    }

    @Test
    void aSecondIdenticalSubscriptionAnswers409WithTheExistingId() {
        String project = newProject();
        String url = "http://127.0.0.1:9/hook/" + UUID.randomUUID();
        String id = subscribe(webhook("\"" + project + "\"", url, "\"milestone\",\"status_changed\""));

        // the same target, projects and kinds, in another order and with another secret: still the same
        api().body("{\"projects\":[\"" + project + "\"],\"kinds\":[\"status_changed\",\"milestone\"],"
                        + "\"webhook\":{\"url\":\"" + url + "\",\"secret\":\"" + Secrets.OTHER
                        + "\"}}")
                .post("/subscriptions").then().statusCode(409).contentType("application/problem+json")
                .header("Location", endsWith("/subscriptions/" + id))
                .body("existingId", equalTo(id))
                .body("detail", containsString(id));

        // other kinds, or another URL, are another subscription
        assertThat(subscribe(webhook("\"" + project + "\"", url, "\"milestone\""))).isNotEqualTo(id);
        assertThat(subscribe(webhook("\"" + project + "\"", url + "-2", "\"milestone\",\"status_changed\"")))
                .isNotEqualTo(id);
    }

    @Test
    void anIdempotencyKeyUsedBeforeAnswers200WithTheSubscriptionItCreated() {
        String project = newProject();
        String body = "{\"projects\":[\"" + project + "\"],\"email\":\"someone-" + UUID.randomUUID() + "@example.org\"}";
        String key = UUID.randomUUID().toString();
        String id = api().header("Idempotency-Key", key).body(body).post("/subscriptions")
                .then().statusCode(201).extract().path("id");

        api().header("Idempotency-Key", key).body(body).post("/subscriptions")
                .then().statusCode(200).header("Location", endsWith("/subscriptions/" + id))
                .body("id", equalTo(id)).body("channel", equalTo("email"));
        // a key it was not created with is a duplicate, not a replay
        api().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/subscriptions")
                .then().statusCode(409).body("existingId", equalTo(id));
        // the key again for something else is refused
        api().header("Idempotency-Key", key).body("{\"projects\":[\"*\"],\"email\":\"other-" + UUID.randomUUID()
                        + "@example.org\"}").post("/subscriptions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(id));
    }

    @Test
    void twoIdenticalRequestsAtOnceMakeOneSubscription() throws Exception {
        String project = newProject();
        String body = "{\"projects\":[\"" + project + "\"],\"email\":\"race-" + UUID.randomUUID() + "@example.org\"}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> post = () -> api().body(body).post("/subscriptions").statusCode();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(Collections.nCopies(4, post))) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdown();
        }
    }
}
