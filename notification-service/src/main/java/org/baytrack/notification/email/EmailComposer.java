package org.baytrack.notification.email;

import org.baytrack.events.AgreementChanged;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;
import org.baytrack.events.vocabulary.ChangeKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Writes the bilingual (Chinese / English) alert e-mail for a project's status change or an agreement's change, as
 * plain text and as HTML with the same content. What each kind of change is called lives in {@link #KINDS} and
 * {@link #AGREEMENT_KINDS}, one line per kind.
 */
public final class EmailComposer {
    /** How one kind of change is named, in the subject and the first line of the body. */
    record Labels(String zh, String en) {
    }

    static final Map<ChangeKind, Labels> KINDS = Map.ofEntries(
            entry(ChangeKind.STATUS_CHANGED, new Labels("状态变化", "Status changed")),
            entry(ChangeKind.FORECAST_SET, new Labels("首次预计开通", "Forecast opening set")),
            entry(ChangeKind.FORECAST_SLIPPED, new Labels("预计开通推迟", "Forecast opening slipped")),
            entry(ChangeKind.FORECAST_ADVANCED, new Labels("预计开通提前", "Forecast opening brought forward")),
            entry(ChangeKind.MILESTONE, new Labels("新里程碑", "New milestone")),
            entry(ChangeKind.STALE, new Labels("久无新消息", "No news for a long time")),
            entry(ChangeKind.REVIVED, new Labels("重有新消息", "News again")),
            entry(ChangeKind.AGREEMENT, new Labels("签署协议", "Agreement signed")));

    /** The changes of agreement.changed; a table of their own, as its status_changed is not a project's. */
    static final Map<String, Labels> AGREEMENT_KINDS = Map.ofEntries(
            entry(AgreementChanged.FIRST_SEEN, new Labels("新协议", "New agreement")),
            entry(AgreementChanged.PROGRESS, new Labels("协议进展", "Agreement progress")),
            entry(AgreementChanged.STATUS_CHANGED, new Labels("协议状态变化", "Agreement status changed")));

    /** A composed alert: one subject, the same content as text and as HTML. */
    public record Email(String subject, String text, String html) {
    }

    /**
     * What both bodies show. Empty pieces are null, except the id, the name and the labels.
     *
     * @param id             the project's or the agreement's id
     * @param name           its name, or the id when it has none
     * @param parties        who signed an agreement; null for a project
     * @param unsubscribeUrl the one-click page of the subscription, or null when there is none
     */
    record Content(String id, String name, Labels change, boolean historical, String parties, String before,
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
        return render(content(event, unsubscribeUrl));
    }

    public Email composeAgreement(ReceivedEvent<AgreementChanged> event) {
        return composeAgreement(event, null);
    }

    public Email composeAgreement(ReceivedEvent<AgreementChanged> event, String unsubscribeUrl) {
        return render(agreementContent(event, unsubscribeUrl));
    }

    private static Email render(Content content) {
        String subject = "[Baytrack] " + content.name() + " · " + content.change().zh() + " / " + content.change().en();
        return new Email(subject, TextBody.render(content), HtmlBody.render(content));
    }

    public String articleLink(String articleId) {
        return publicUrl + "/articles/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8);
    }

    Content content(ReceivedEvent<ProjectStatusChanged> event, String unsubscribeUrl) {
        ProjectStatusChanged c = event.data();
        Labels change = KINDS.getOrDefault(c.change(), new Labels(c.change().code(), c.change().code()));
        String name = c.projectName() == null || c.projectName().isBlank() ? c.projectId() : c.projectName();
        ProjectStatusChanged.Evidence e = c.evidence();
        return new Content(c.projectId(), name, change, c.historical(), null,
                c.previous() == null ? null : state(c.previous()),
                c.current() == null ? null : state(c.current()),
                e == null ? null : evidenceHeading(e),
                e == null ? null : nullToDash(e.sentence()),
                e == null ? null : source(e.source(), e.title(), e.published()),
                e == null || e.articleId() == null ? null : articleLink(e.articleId()),
                event.id(), unsubscribeUrl);
    }

    /** Parties, status and figures before and after, and the evidence. */
    Content agreementContent(ReceivedEvent<AgreementChanged> event, String unsubscribeUrl) {
        AgreementChanged c = event.data();
        Labels change = AGREEMENT_KINDS.getOrDefault(c.change(), new Labels(c.change(), c.change()));
        String name = c.title() == null || c.title().isBlank() ? c.agreementId() : c.title();
        String parties = c.parties().isEmpty() ? "—"
                : String.join("、", c.parties().stream().map(AgreementChanged.Party::name).toList());
        AgreementChanged.Evidence e = c.evidence();
        return new Content(c.agreementId(), name, change, c.historical(), parties,
                c.previous() == null ? null : agreementState(c.previous()),
                c.current() == null ? null : agreementState(c.current()),
                e == null ? null : "依据 / Evidence",
                e == null ? null : nullToDash(e.sentence()),
                e == null ? null : source(e.source(), e.title(), e.published()),
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

    private static String source(String outlet, String title, LocalDate published) {
        StringBuilder source = new StringBuilder();
        if (outlet != null) {
            source.append(outlet);
        }
        if (title != null) {
            source.append(source.isEmpty() ? "" : " · ").append(title);
        }
        if (published != null) {
            source.append(source.isEmpty() ? "" : ", ").append(published);
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

    private static String agreementState(AgreementChanged.State s) {
        String figures = s.items() == null && s.done() == null ? ""
                : "; " + (s.items() == null ? "?" : s.items()) + " 项 / items, " + (s.done() == null ? "?" : s.done())
                + " 项已完成 / done";
        return nullToDash(s.status()) + figures;
    }
}
