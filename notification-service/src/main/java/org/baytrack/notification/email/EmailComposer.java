package org.baytrack.notification.email;

import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Writes the bilingual (Chinese / English) alert e-mail for a status change, as plain text and as HTML with the
 * same content. What each kind of change is called lives in {@link #KINDS}, one line per kind.
 */
public final class EmailComposer {
    /** How one kind of change is named, in the subject and the first line of the body. */
    record Labels(String zh, String en) {
    }

    static final Map<String, Labels> KINDS = Map.ofEntries(
            entry(ProjectStatusChanged.STATUS_CHANGED, new Labels("状态变化", "Status changed")),
            entry(ProjectStatusChanged.FORECAST_SLIPPED, new Labels("预计开通推迟", "Forecast opening slipped")),
            entry(ProjectStatusChanged.FORECAST_ADVANCED, new Labels("预计开通提前", "Forecast opening brought forward")),
            entry(ProjectStatusChanged.MILESTONE, new Labels("新里程碑", "New milestone")),
            entry(ProjectStatusChanged.AGREEMENT, new Labels("签署协议", "Agreement signed")));

    /** A composed alert: one subject, the same content as text and as HTML. */
    public record Email(String subject, String text, String html) {
    }

    /**
     * What both bodies show. Empty pieces are null, except the labels and the project name.
     *
     * @param unsubscribeUrl the one-click page of the subscription, or null when there is none
     */
    record Content(String projectId, String projectName, Labels change, boolean historical, String before,
                   String now, String evidenceHeading, String sentence, String source, String articleUrl,
                   String eventId, String unsubscribeUrl) {
    }

    private final String publicUrl;

    public EmailComposer(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Email compose(ReceivedEvent<ProjectStatusChanged> event) {
        return compose(event, null);
    }

    public Email compose(ReceivedEvent<ProjectStatusChanged> event, String unsubscribeUrl) {
        Content content = content(event, unsubscribeUrl);
        String subject = "[Baytrack] " + content.projectName() + " · " + content.change().zh() + " / "
                + content.change().en();
        return new Email(subject, TextBody.render(content), HtmlBody.render(content));
    }

    public String articleLink(String articleId) {
        return publicUrl + "/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8);
    }

    Content content(ReceivedEvent<ProjectStatusChanged> event, String unsubscribeUrl) {
        ProjectStatusChanged c = event.data();
        Labels change = KINDS.getOrDefault(c.change(), new Labels(c.change(), c.change()));
        String name = c.projectName() == null || c.projectName().isBlank() ? c.projectId() : c.projectName();
        ProjectStatusChanged.Evidence e = c.evidence();
        return new Content(c.projectId(), name, change, c.historical(),
                c.previous() == null ? null : state(c.previous()),
                c.current() == null ? null : state(c.current()),
                e == null ? null : evidenceHeading(e),
                e == null ? null : nullToDash(e.sentence()),
                e == null ? null : source(e),
                e == null || e.articleId() == null ? null : articleLink(e.articleId()),
                event.id(), unsubscribeUrl);
    }

    private static String evidenceHeading(ProjectStatusChanged.Evidence e) {
        StringBuilder b = new StringBuilder("依据 / Evidence");
        if (e.milestone() != null) {
            b.append(" (").append(e.milestone());
            if (e.date() != null) {
                b.append(", ").append(e.date());
            }
            b.append(')');
        }
        return b.toString();
    }

    private static String source(ProjectStatusChanged.Evidence e) {
        StringBuilder source = new StringBuilder();
        if (e.source() != null) {
            source.append(e.source());
        }
        if (e.title() != null) {
            source.append(source.isEmpty() ? "" : " · ").append(e.title());
        }
        if (e.published() != null) {
            source.append(source.isEmpty() ? "" : ", ").append(e.published());
        }
        return source.isEmpty() ? null : source.toString();
    }

    private static String state(ProjectStatusChanged.State s) {
        StringBuilder b = new StringBuilder(nullToDash(s.status()));
        if (s.statusDate() != null) {
            b.append(" (").append(s.statusDate()).append(')');
        }
        b.append("; 预计开通 / forecast opening: ").append(nullToDash(s.forecastOpening()));
        return b.toString();
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
