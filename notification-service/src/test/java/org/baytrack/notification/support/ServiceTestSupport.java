package org.baytrack.notification.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.notification.subscription.KnownProjects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What the service's integration tests share: the admin key, a producer on the real broker, fresh project ids. */
public abstract class ServiceTestSupport {
    public static final String ADMIN_KEY = AccessTable.ADMIN_KEY;

    @Inject
    KnownProjects knownProjects;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    protected TestEvents events;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void openProducer() {
        events = new TestEvents(bootstrapServers);
    }

    @AfterEach
    void closeAll() throws Exception {
        events.close();
        for (AutoCloseable c : closeables) {
            c.close();
        }
        closeables.clear();
    }

    protected <T extends AutoCloseable> T closeLater(T closeable) {
        closeables.add(closeable);
        return closeable;
    }

    protected static RequestSpecification api() {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType(ContentType.JSON);
    }

    /** A project id no other test uses, known to the service as if the catalog had registered it. */
    protected String newProject() {
        String id = "test-project-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> knownProjects.learn(id, "测试项目"));
        return id;
    }

    protected static String subscribe(String body) {
        return api().body(body).post("/subscriptions").then().statusCode(201).extract().path("id");
    }

    protected static String webhookSubscription(String project, WebhookReceiver receiver, String secret) {
        return subscribe("{\"projects\":[\"" + project + "\"],\"webhook\":{\"url\":\"" + receiver.url()
                + "\",\"secret\":\"" + secret + "\"}}");
    }
}
