package org.baytrack.notification.email;

import org.baytrack.events.AgreementChanged;
import org.baytrack.events.EventType;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.notification.subscription.Kinds;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmailComposerTest {
    private static final String SENTENCE = "黄茅海跨海通道于12月28日正式通车。";

    private static ReceivedEvent<ProjectStatusChanged> event() {
        var change = new ProjectStatusChanged("huangmaohai-passage", "黄茅海跨海通道", ChangeKind.STATUS_CHANGED,
                new ProjectStatusChanged.State("under_construction", "2020-07", "2024-12", "month"),
                new ProjectStatusChanged.State("opened", "2024-12-28", null, null),
                new ProjectStatusChanged.Evidence(MilestoneKind.OPENED, "2024-12-28", "day", SENTENCE, "art-42", "南方日报",
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
                new ProjectStatusChanged(e.data().projectId(), null, ChangeKind.MILESTONE, null, null, null, true));
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
        var evidence = new ProjectStatusChanged.Evidence(MilestoneKind.OPENED, null, null, "A <b>&</b> \"B\"", "art-1", null, null,
                null);
        var hostile = new ReceivedEvent<>(e.id(), e.type(), e.subject(), e.time(),
                new ProjectStatusChanged("p", "<script>x</script>", ChangeKind.MILESTONE, null, null, evidence, false));
        var email = new EmailComposer("http://localhost:8082").compose(hostile);
        assertThat(email.html()).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;").contains("A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;");
        assertThat(email.text()).contains("A <b>&</b> \"B\"");
    }

    @Test
    void everyKindASubscriptionCanChooseHasItsOwnWording() {
        for (String kind : Kinds.ALL) {
            assertThat(EmailComposer.KINDS).as("wording for %s", kind).containsKey(ChangeKind.fromCode(kind));
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

    @Test
    void theNewProjectKindsHaveTheirOwnSubjects() {
        var e = event();
        for (var kind : List.of(new String[]{"forecast_set", "Forecast opening set"},
                new String[]{"stale", "No news for a long time"}, new String[]{"revived", "News again"})) {
            var change = new ReceivedEvent<>(e.id(), e.type(), e.subject(), e.time(), new ProjectStatusChanged(
                    e.data().projectId(), e.data().projectName(), ChangeKind.fromCode(kind[0]), e.data().previous(), e.data().current(),
                    null, false));
            assertThat(new EmailComposer("http://localhost:8082").compose(change).subject()).contains(kind[1]);
        }
    }

    @Test
    void agreementEmailNamesThePartiesTheFiguresBeforeAndAfterAndLinksTheArticle() {
        var change = new AgreementChanged("agr-1", "珠海市中山市测试合作框架协议", AgreementChanged.PROGRESS,
                List.of(new AgreementChanged.Party("zhuhai", "珠海"), new AgreementChanged.Party(null, "某集团")),
                List.of(), "2023", List.of(), null, new AgreementChanged.State("in_implementation", 16, 4),
                new AgreementChanged.State("in_implementation", 16, 9),
                new AgreementChanged.Evidence("测试协议的16个事项已完成9项。", "art-7", "南方日报",
                        LocalDate.of(2024, 2, 1), null),
                false);
        var email = new EmailComposer("https://baytrack.example").composeAgreement(new ReceivedEvent<>("ev-2",
                EventType.AGREEMENT_CHANGED, "agr-1", OffsetDateTime.parse("2024-02-01T10:00:00Z"), change));

        assertThat(email.subject()).contains("珠海市中山市测试合作框架协议").contains("Agreement progress");
        assertThat(email.text())
                .contains("珠海、某集团")
                .contains("16 项 / items, 4 项已完成 / done").contains("16 项 / items, 9 项已完成 / done")
                .contains("测试协议的16个事项已完成9项。")
                .contains("https://baytrack.example/articles/art-7");
        assertThat(email.html())
                .contains("珠海、某集团").contains("Agreement progress")
                .contains("16 项 / items, 9 项已完成 / done")
                .contains("测试协议的16个事项已完成9项。")
                .contains("<a href=\"https://baytrack.example/articles/art-7\">");
    }

    @Test
    void agreementEmailOffersTheUnsubscribeLinkInBothParts() {
        var change = new AgreementChanged("agr-1", null, AgreementChanged.FIRST_SEEN, List.of(), List.of(), null,
                List.of(), null, null, new AgreementChanged.State("signed", null, null), null, true);
        var email = new EmailComposer("https://baytrack.example").composeAgreement(new ReceivedEvent<>("ev-3",
                EventType.AGREEMENT_CHANGED, "agr-1", OffsetDateTime.parse("2024-02-01T10:00:00Z"), change),
                "https://alerts.example/unsubscribe/t0k");

        assertThat(email.subject()).contains("agr-1").contains("New agreement");
        assertThat(email.text()).contains("historical").contains("https://alerts.example/unsubscribe/t0k");
        assertThat(email.html()).contains("<a href=\"https://alerts.example/unsubscribe/t0k\">");
    }

    @Test
    void everyAgreementChangeHasItsOwnWording() {
        for (String change : List.of(AgreementChanged.FIRST_SEEN, AgreementChanged.PROGRESS,
                AgreementChanged.STATUS_CHANGED)) {
            assertThat(EmailComposer.AGREEMENT_KINDS).as("wording for %s", change).containsKey(change);
        }
        assertThat(EmailComposer.AGREEMENT_KINDS.values().stream().map(EmailComposer.Labels::en).distinct())
                .hasSize(EmailComposer.AGREEMENT_KINDS.size());
    }
}
