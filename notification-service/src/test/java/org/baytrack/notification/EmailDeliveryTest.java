package org.baytrack.notification;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
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
        assertThat(mail.getContent()).asString()
                .contains(TestEvents.sentence(project, 7))
                .contains("http://localhost:8082/articles/article-7")
                .contains("南方日报");
        await().atMost(Duration.ofSeconds(10)).until(() -> "delivered".equals(
                api().get("/subscriptions/" + subscription + "/deliveries").then().extract().path("[0].status")));
    }
}
