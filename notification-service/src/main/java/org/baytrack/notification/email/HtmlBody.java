package org.baytrack.notification.email;

/**
 * The HTML part of an alert e-mail: the same content as {@link TextBody}, with inline styles only, since mail
 * clients drop style sheets and scripts.
 */
final class HtmlBody {
    private HtmlBody() {
    }

    static String render(EmailComposer.Content c) {
        StringBuilder h = new StringBuilder(2048);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(c.name())).append("</title></head>\n")
                .append("<body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a;max-width:640px\">\n");
        h.append("<h2 style=\"margin-bottom:0\">").append(escape(c.name()))
                .append(" <small style=\"color:#666\">(").append(escape(c.id())).append(")</small></h2>\n");
        h.append("<p style=\"margin-top:4px\"><strong>").append(escape(c.change().zh())).append("</strong> / ")
                .append(escape(c.change().en()));
        if (c.historical()) {
            h.append(" <em style=\"color:#666\">[历史记录 / historical]</em>");
        }
        h.append("</p>\n");
        if (c.parties() != null || c.before() != null || c.now() != null) {
            h.append("<table style=\"border-collapse:collapse\">\n");
            if (c.parties() != null) {
                row(h, "签署方 / Parties", c.parties());
            }
            if (c.before() != null) {
                row(h, "之前 / Before", c.before());
            }
            if (c.now() != null) {
                row(h, "现在 / Now", c.now());
            }
            h.append("</table>\n");
        }
        if (c.evidenceHeading() != null) {
            h.append("<h3>").append(escape(c.evidenceHeading())).append("</h3>\n");
            h.append("<blockquote lang=\"zh\" style=\"margin:0;padding:4px 12px;border-left:3px solid #2a7ab0\">「")
                    .append(escape(c.sentence())).append("」</blockquote>\n");
            if (c.source() != null) {
                h.append("<p style=\"color:#666\">—— ").append(escape(c.source())).append("</p>\n");
            }
            if (c.articleUrl() != null) {
                h.append("<p>原文 / Article: <a href=\"").append(escape(c.articleUrl())).append("\">")
                        .append(escape(c.articleUrl())).append("</a></p>\n");
            }
        }
        h.append("<hr><p style=\"color:#666;font-size:small\">").append(escape(TextBody.SIGNATURE))
                .append("<br>事件 / Event: ").append(escape(c.eventId()));
        if (c.unsubscribeUrl() != null) {
            h.append("<br><a href=\"").append(escape(c.unsubscribeUrl())).append("\">退订 / Unsubscribe</a>");
        }
        h.append("</p>\n</body></html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th style=\"text-align:left;padding-right:12px\">").append(escape(label))
                .append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
