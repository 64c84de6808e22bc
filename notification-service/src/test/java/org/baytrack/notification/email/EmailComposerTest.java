package org.baytrack.notification.email;

import org.baytrack.events.EventType;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;
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
}
