package org.baytrack.notification;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import io.restassured.RestAssured;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.notification.support.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class EmailDeliveryTest extends ServiceTestSupport {
    @SmtpServerResource.InjectSmtpServer
    GreenMail smtp;

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void emailArrivesInTheSmtpServerWithTheEvidenceSentenceAndArticleLink() throws Exception {
        String project = newProject();
        String address = "subscriber-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String subscription = subscribe("{\"projects\":[\"" + project + "\"],\"email\":\"" + address + "\"}");

        OutgoingEvent change = TestEvents.statusChange(project, 7);
        events.send(change);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).get(0);
        assertThat(mail.getSubject()).contains("测试项目 " + project).contains("新里程碑").contains("New milestone");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        for (int i = 0; i < 2; i++) {
            assertThat(parts.getBodyPart(i).getContent()).asString()
                    .contains(TestEvents.sentence(project, 7))
                    .contains("http://localhost:8082/articles/article-7")
                    .contains("南方日报");
        }
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("List-Unsubscribe", null)).contains("<mailto:").contains("/unsubscribe/");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<project." + project + "@baytrack.local>")
                .isEqualTo(mail.getHeader("References", null));
        assertThat(mail.getMessageID()).isNotEqualTo(mail.getHeader("In-Reply-To", null)).endsWith("@baytrack.local>");
        await().atMost(Duration.ofSeconds(10)).until(() -> "delivered".equals(
                api().get("/subscriptions/" + subscription + "/deliveries").then().extract().path("[0].status")));
    }

    @Test
    void oneClickUnsubscribeStopsTheAlertsOfThatSubscriptionOnly() throws Exception {
        String project = newProject();
        String leaving = "leaving-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String staying = "staying-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String subscription = subscribe("{\"projects\":[\"" + project + "\"],\"email\":\"" + leaving + "\"}");
        subscribe("{\"projects\":[\"" + project + "\"],\"email\":\"" + staying + "\"}");
        events.send(TestEvents.statusChange(project, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(leaving).size() == 1 && mailTo(staying).size() == 1);

        String url = oneClickUrl(mailTo(leaving).get(0));
        RestAssured.given().get(url).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString(leaving)).body(containsString("<form method=\"post\""));
        // looking at the page changes nothing
        assertThat(api().get("/subscriptions/" + subscription).then().extract().<String>path("email")).isEqualTo(leaving);

        RestAssured.given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(url).then().statusCode(200).body(containsString("Unsubscribed"));
        RestAssured.given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(url).then().statusCode(200);
        assertThat(api().get("/subscriptions/" + subscription).then().extract().<String>path("email")).isNull();

        events.send(TestEvents.statusChange(project, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(staying).size() == 2);
        Thread.sleep(500);
        assertThat(mailTo(leaving)).hasSize(1);
    }

    @Test
    void anAgreementAlertIsAMultipartMailThreadedByAgreementWithItsUnsubscribeLink() throws Exception {
        String project = newProject();
        String address = "agreements-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        subscribe("{\"projects\":[\"" + project + "\"],\"kinds\":[\"agreement\"],\"email\":\"" + address + "\"}");
        String agreement = "agr-" + UUID.randomUUID().toString().substring(0, 12);
        events.send(TestEvents.agreementProgress(agreement, List.of("zhuhai"), List.of(project), 9));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).get(0);
        assertThat(mail.getSubject()).contains("测试合作协议 " + agreement).contains("Agreement progress");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(parts.getBodyPart(i).getContent()).asString()
                    .contains("甲方 zhuhai")
                    .contains("16 项 / items, 9 项已完成 / done")
                    .contains("http://localhost:8082/articles/article-agr-9")
                    .contains("/unsubscribe/");
        }
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<agreement." + agreement + "@baytrack.local>")
                .isEqualTo(mail.getHeader("References", null));
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(oneClickUrl(mail)).startsWith("/unsubscribe/");
    }

    @Test
    void anUnknownUnsubscribeTokenIsNotFound() {
        RestAssured.given().post("/unsubscribe/not-a-token").then().statusCode(404)
                .body(containsString("belongs to no subscription"));
    }

    private static String oneClickUrl(MimeMessage mail) throws Exception {
        var m = java.util.regex.Pattern.compile("<(https?://[^>]+)>").matcher(mail.getHeader("List-Unsubscribe", null));
        assertThat(m.find()).as("List-Unsubscribe %s has a URL", mail.getHeader("List-Unsubscribe", null)).isTrue();
        // the service under test listens on a random port; the link names the configured external URL
        assertThat(m.group(1)).startsWith("http://localhost:8084/unsubscribe/");
        return java.net.URI.create(m.group(1)).getPath();
    }
}
