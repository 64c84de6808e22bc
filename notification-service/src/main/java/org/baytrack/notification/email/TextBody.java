package org.baytrack.notification.email;

/** The plain-text part of an alert e-mail, for readers and clients that show no HTML. */
final class TextBody {
    static final String SIGNATURE = "Baytrack 大湾区基建动态提醒 / Greater Bay Area infrastructure alerts";

    private TextBody() {
    }

    static String render(EmailComposer.Content c) {
        StringBuilder t = new StringBuilder();
        t.append(c.name()).append(" (").append(c.id()).append(")\n");
        t.append(c.change().zh()).append(" / ").append(c.change().en());
        if (c.historical()) {
            t.append("  [历史记录 / historical]");
        }
        t.append("\n\n");
        if (c.parties() != null) {
            t.append("签署方 / Parties: ").append(c.parties()).append('\n');
        }
        if (c.before() != null) {
            t.append("之前 / Before: ").append(c.before()).append('\n');
        }
        if (c.now() != null) {
            t.append("现在 / Now:    ").append(c.now()).append('\n');
        }
        if (c.evidenceHeading() != null) {
            t.append('\n').append(c.evidenceHeading()).append(":\n「").append(c.sentence()).append("」\n");
            if (c.source() != null) {
                t.append("—— ").append(c.source()).append('\n');
            }
            if (c.articleUrl() != null) {
                t.append("\n原文 / Article: ").append(c.articleUrl()).append('\n');
            }
        }
        // "-- " on its own line is the signature separator mail clients recognise.
        t.append("\n-- \n");
        t.append(SIGNATURE).append('\n');
        t.append("事件 / Event: ").append(c.eventId()).append('\n');
        if (c.unsubscribeUrl() != null) {
            t.append("退订 / Unsubscribe: ").append(c.unsubscribeUrl()).append('\n');
        }
        return t.toString();
    }
}
