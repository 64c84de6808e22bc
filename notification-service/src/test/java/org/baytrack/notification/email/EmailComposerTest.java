package org.baytrack.notification.email;

import org.baytrack.events.EventType;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;
import org.baytrack.notification.subscription.Kinds;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class EmailComposerTest {
    private static final String SENTENCE = "黄茅海跨海通道于12月28日正式通车。";

    private static ReceivedEvent<ProjectStatusChanged> event() {
        var change = new ProjectStatusChanged("huangmaohai-passage", "黄茅海跨海通道", "status_changed",
                new ProjectStatusChanged.State("under_construction", "2020-07", "2024-12"),
                new ProjectStatusChanged.State("opened", "2024-12-28", null),
                new ProjectStatusChanged.Evidence("opened", "2024-12-28", "day", SENTENCE, "art-42", "南方日报",
                        LocalDate.of(2024, 12, 28), "黄茅海跨海通道今日通车"),
                false);
        return new ReceivedEvent<>("ev-1", EventType.PROJECT_STATUS_CHANGED, "huangmaohai-passage",
                OffsetDateTime.parse("2024-12-28T10:00:00Z"), change);
    }

    @Test
    void emailNamesTheProjectTheChangeTheEvidenceSentenceAndLinksTheArticle() {
        var email = new EmailComposer("https://baytrack.example/").compose(event());
        assertThat(email.subject()).contains("黄茅海跨海通道").contains("状态变化").contains("Status changed");
        assertThat(email.text())
                .contains("huangmaohai-passage")
                .contains("under_construction").contains("opened (2024-12-28)")
                .contains(SENTENCE)
                .contains("南方日报")
                .contains("https://baytrack.example/articles/art-42");
    }

    @Test
    void historicalChangeIsMarkedAsSuch() {
        var e = event();
        var historical = new ReceivedEvent<>(e.id(), e.type(), e.subject(), e.time(),
                new ProjectStatusChanged(e.data().projectId(), null, "milestone", null, null, null, true));
        var email = new EmailComposer("http://localhost:8082").compose(historical);
        assertThat(email.subject()).contains("huangmaohai-passage").contains("New milestone");
        assertThat(email.text()).contains("historical");
    }

    @Test
    void htmlPartCarriesTheSameContentAsTheTextPart() {
        var email = new EmailComposer("https://baytrack.example").compose(event(), "https://alerts.example/unsubscribe/t0k");
        assertThat(email.html())
                .contains("<html").contains("黄茅海跨海通道").contains("huangmaohai-passage")
                .contains("状态变化").contains("Status changed")
                .contains(SENTENCE)
                .contains("南方日报")
                .contains("<a href=\"https://baytrack.example/articles/art-42\">")
                .contains("<a href=\"https://alerts.example/unsubscribe/t0k\">");
        assertThat(email.text()).contains("https://alerts.example/unsubscribe/t0k");
    }

    @Test
    void htmlEscapesWhatTheArticleSays() {
        var e = event();
        var evidence = new ProjectStatusChanged.Evidence("opened", null, null, "A <b>&</b> \"B\"", "art-1", null, null,
                null);
        var hostile = new ReceivedEvent<>(e.id(), e.type(), e.subject(), e.time(),
                new ProjectStatusChanged("p", "<script>x</script>", "milestone", null, null, evidence, false));
        var email = new EmailComposer("http://localhost:8082").compose(hostile);
        assertThat(email.html()).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;").contains("A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;");
        assertThat(email.text()).contains("A <b>&</b> \"B\"");
    }

    @Test
    void everyKindASubscriptionCanChooseHasItsOwnWording() {
        for (String kind : Kinds.ALL) {
            assertThat(EmailComposer.KINDS).as("wording for %s", kind).containsKey(kind);
        }
        assertThat(EmailComposer.KINDS.values().stream().map(EmailComposer.Labels::en).distinct())
                .hasSize(EmailComposer.KINDS.size());
    }

    @Test
    void withoutAnUnsubscribeLinkNeitherBodyOffersOne() {
        var email = new EmailComposer("http://localhost:8082").compose(event());
        assertThat(email.text()).doesNotContain("Unsubscribe");
        assertThat(email.html()).doesNotContain("Unsubscribe");
    }
}
