package org.baytrack.notification;

import com.icegreen.greenmail.util.GreenMail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.baytrack.notification.support.Secrets.SECRET;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Endpoints that are gone get disabled, with a log entry and an e-mail to the contact, and can be enabled again. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class EndpointDisablingTest extends ServiceTestSupport {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @SmtpServerResource.InjectSmtpServer
    GreenMail smtp;
    @Inject
    AgroalDataSource dataSource;

    private static List<Map<String, Object>> log(String subscription) {
        return JsonPath.from(api().get("/subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .extract().asString()).getList("$");
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private boolean consumed(OutgoingEvent event) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from alert where event_id = ?")) {
            ps.setString(1, event.id());
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String subscribeWithContact(String project, WebhookReceiver receiver, String contact) {
        return subscribe("{\"projects\":[\"" + project + "\"],\"webhook\":{\"url\":\"" + receiver.url()
                + "\",\"secret\":\"" + SECRET + "\"},\"contact\":\"" + contact + "\"}");
    }

    @Test
    void anEndpointAnswering410IsDisabledAtOnceAndItsContactIsTold() throws Exception {
        String project = newProject();
        String contact = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        WebhookReceiver receiver = closeLater(new WebhookReceiver(SECRET).answerWith(410));
        String subscription = subscribeWithContact(project, receiver, contact);
        api().get("/subscriptions/" + subscription).then().body("contact", org.hamcrest.Matchers.equalTo(contact));
        OutgoingEvent first = TestEvents.statusChange(project, 1);
        events.send(first);

        await().atMost(PROMPTLY).until(() -> log(subscription).stream()
                .anyMatch(e -> "subscription.disabled".equals(e.get("entry"))));
        api().get("/subscriptions/" + subscription).then().statusCode(200)
                .body("disabledAt", notNullValue())
                .body("disabledReason", org.hamcrest.Matchers.containsString("410 Gone"));
        List<Map<String, Object>> log = log(subscription);
        assertThat(log).anySatisfy(e -> {
            assertThat(e).containsEntry("entry", "subscription.disabled").containsEntry("status", "disabled");
            assertThat((String) e.get("lastError")).contains("410 Gone");
        });
        assertThat(log).filteredOn(e -> first.id().equals(e.get("eventId"))).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("status", "dead").containsEntry("attempts", 1));
        assertThat(receiver.calls()).hasSize(1);

        await().atMost(PROMPTLY).until(() -> mailTo(contact).size() == 1);
        MimeMessage mail = mailTo(contact).get(0);
        assertThat(mail.getSubject()).contains(subscription).contains("disabled");
        assertThat(mail.getContent()).asString().contains("410 Gone").contains("/subscriptions/" + subscription + "/enable");

        // while disabled, alerts are not queued for it
        OutgoingEvent whileDisabled = TestEvents.statusChange(project, 2);
        events.send(whileDisabled);
        await().atMost(PROMPTLY).until(() -> consumed(whileDisabled));
        OutgoingEvent marker = TestEvents.statusChange(project, 3);
        receiver.answerWith(204);
        api().post("/subscriptions/" + subscription + "/enable").then().statusCode(200)
                .body("disabledAt", nullValue());
        events.send(marker);
        await().atMost(PROMPTLY).until(() -> receiver.accepted().contains(marker.id()));
        assertThat(log(subscription)).noneMatch(e -> whileDisabled.id().equals(e.get("eventId")));
    }

    @Test
    void anEndpointFailingForFiveDaysIsDisabled() throws Exception {
        String project = newProject();
        String contact = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        WebhookReceiver receiver = closeLater(new WebhookReceiver(SECRET).failFirst(1000));
        String subscription = subscribeWithContact(project, receiver, contact);
        events.send(TestEvents.statusChange(project, 1));
        await().atMost(PROMPTLY).until(() -> receiver.calls().size() >= 1);
        // still failing: not disabled yet, but counted from the first failure
        api().get("/subscriptions/" + subscription).then().body("disabledAt", nullValue());

        // five days on, the endpoint has still not answered one delivery successfully
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update subscription set failing_since = now() - interval '5 days 1 minute' where id = ?")) {
            ps.setString(1, subscription);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        await().atMost(PROMPTLY).until(() -> api().get("/subscriptions/" + subscription).then().extract()
                .path("disabledAt") != null);
        api().get("/subscriptions/" + subscription).then()
                .body("disabledReason", org.hamcrest.Matchers.containsString("every attempt has failed"));
        assertThat(log(subscription)).anySatisfy(e -> assertThat(e).containsEntry("entry", "subscription.disabled"))
                .allSatisfy(e -> assertThat(e.get("status")).isIn("dead", "disabled"));
        await().atMost(PROMPTLY).until(() -> mailTo(contact).size() == 1);
    }

    @Test
    void aSuccessEndsTheFailingStreak() throws Exception {
        String project = newProject();
        WebhookReceiver receiver = closeLater(new WebhookReceiver(SECRET).failFirst(1));
        String subscription = subscribeWithContact(project, receiver, "ops@example.org");
        OutgoingEvent change = TestEvents.statusChange(project, 1);
        events.send(change);
        await().atMost(PROMPTLY).until(() -> receiver.accepted().contains(change.id()));
        await().atMost(PROMPTLY).until(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select failing_since is null from subscription where id = ?")) {
                ps.setString(1, subscription);
                try (var rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
        api().get("/subscriptions/" + subscription).then().body("disabledAt", nullValue());
    }
}
