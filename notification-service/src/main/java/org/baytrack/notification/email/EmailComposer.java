package org.baytrack.notification.email;

import org.baytrack.events.AgreementChanged;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.ReceivedEvent;

import java.util.Map;

/** Writes the bilingual (Chinese / English) alert e-mail for a status change. */
public final class EmailComposer {
    private static final Map<String, String[]> CHANGES = Map.of(
            ProjectStatusChanged.STATUS_CHANGED, new String[]{"状态变化", "Status changed"},
            ProjectStatusChanged.FORECAST_SLIPPED, new String[]{"预计开通推迟", "Forecast opening slipped"},
            ProjectStatusChanged.FORECAST_ADVANCED, new String[]{"预计开通提前", "Forecast opening brought forward"},
            ProjectStatusChanged.MILESTONE, new String[]{"新里程碑", "New milestone"},
            ProjectStatusChanged.AGREEMENT, new String[]{"签署协议", "Agreement signed"},
            ProjectStatusChanged.FORECAST_SET, new String[]{"首次预计开通", "Forecast opening set"},
            ProjectStatusChanged.STALE, new String[]{"久无新消息", "No news for a long time"},
            ProjectStatusChanged.REVIVED, new String[]{"重有新消息", "News again"});
    private static final Map<String, String[]> AGREEMENT_CHANGES = Map.of(
            AgreementChanged.FIRST_SEEN, new String[]{"新协议", "New agreement"},
            AgreementChanged.PROGRESS, new String[]{"协议进展", "Agreement progress"},
            AgreementChanged.STATUS_CHANGED, new String[]{"协议状态变化", "Agreement status changed"});

    public record Email(String subject, String text) {
    }

    private final String publicUrl;

    public EmailComposer(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Email compose(ReceivedEvent<ProjectStatusChanged> event) {
        ProjectStatusChanged c = event.data();
        String[] change = CHANGES.getOrDefault(c.change(), new String[]{c.change(), c.change()});
        String name = c.projectName() == null || c.projectName().isBlank() ? c.projectId() : c.projectName();
        String subject = "[Baytrack] " + name + " · " + change[0] + " / " + change[1];

        StringBuilder t = new StringBuilder();
        t.append(name).append(" (").append(c.projectId()).append(")\n");
        t.append(change[0]).append(" / ").append(change[1]);
        if (c.historical()) {
            t.append("  [历史记录 / historical]");
        }
        t.append("\n\n");
        if (c.previous() != null) {
            t.append("之前 / Before: ").append(state(c.previous())).append('\n');
        }
        if (c.current() != null) {
            t.append("现在 / Now:    ").append(state(c.current())).append('\n');
        }
        ProjectStatusChanged.Evidence e = c.evidence();
        if (e != null) {
            t.append("\n依据 / Evidence");
            if (e.milestone() != null) {
                t.append(" (").append(e.milestone());
                if (e.date() != null) {
                    t.append(", ").append(e.date());
                }
                t.append(')');
            }
            t.append(":\n「").append(nullToDash(e.sentence())).append("」\n");
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
            if (!source.isEmpty()) {
                t.append("—— ").append(source).append('\n');
            }
            if (e.articleId() != null) {
                t.append("\n原文 / Article: ").append(articleLink(e.articleId())).append('\n');
            }
        }
        t.append("\n-- \n");
        t.append("Baytrack 大湾区基建动态提醒 / Greater Bay Area infrastructure alerts\n");
        t.append("事件 / Event: ").append(event.id()).append('\n');
        return new Email(subject, t.toString());
    }

    public String articleLink(String articleId) {
        return publicUrl + "/articles/" + java.net.URLEncoder.encode(articleId, java.nio.charset.StandardCharsets.UTF_8);
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

    /** The alert e-mail for an agreement change: parties, status and figures before and after, the evidence. */
    public Email composeAgreement(ReceivedEvent<AgreementChanged> event) {
        AgreementChanged c = event.data();
        String[] change = AGREEMENT_CHANGES.getOrDefault(c.change(), new String[]{c.change(), c.change()});
        String title = c.title() == null || c.title().isBlank() ? c.agreementId() : c.title();
        StringBuilder t = new StringBuilder(title).append(" (").append(c.agreementId()).append(")\n");
        t.append(change[0]).append(" / ").append(change[1]).append(c.historical() ? "  [历史记录 / historical]" : "")
                .append("\n\n");
        t.append("签署方 / Parties: ").append(String.join("、", c.parties().stream()
                .map(AgreementChanged.Party::name).toList())).append('\n');
        if (c.previous() != null) {
            t.append("之前 / Before: ").append(agreementState(c.previous())).append('\n');
        }
        t.append("现在 / Now:    ").append(agreementState(c.current())).append('\n');
        if (c.evidence() != null) {
            t.append("\n依据 / Evidence:\n「").append(nullToDash(c.evidence().sentence())).append("」\n");
            if (c.evidence().articleId() != null) {
                t.append("\n原文 / Article: ").append(articleLink(c.evidence().articleId())).append('\n');
            }
        }
        t.append("\n-- \nBaytrack 大湾区基建动态提醒 / Greater Bay Area infrastructure alerts\n");
        t.append("事件 / Event: ").append(event.id()).append('\n');
        return new Email("[Baytrack] " + title + " · " + change[0] + " / " + change[1], t.toString());
    }

    private static String agreementState(AgreementChanged.State s) {
        String figures = s.items() == null && s.done() == null ? ""
                : "; " + (s.items() == null ? "?" : s.items()) + " 项 / items, " + (s.done() == null ? "?" : s.done())
                + " 项已完成 / done";
        return s.status() + figures;
    }
}
