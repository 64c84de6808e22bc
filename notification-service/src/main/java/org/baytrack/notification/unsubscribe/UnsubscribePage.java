package org.baytrack.notification.unsubscribe;

/** The small bilingual pages behind the unsubscribe link. */
final class UnsubscribePage {
    private UnsubscribePage() {
    }

    static String confirm(String address) {
        return page("退订 Baytrack 提醒 / Unsubscribe from Baytrack alerts",
                "<p>不再向 <strong>" + escape(address) + "</strong> 发送项目动态提醒邮件？<br>"
                        + "Stop sending project alerts to <strong>" + escape(address) + "</strong>?</p>\n"
                        + "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">退订 / Unsubscribe</button></form>");
    }

    static String done() {
        return page("已退订 / Unsubscribed",
                "<p>此订阅不会再发送提醒邮件。<br>This subscription sends no more alert e-mails.</p>");
    }

    static String unknown() {
        return page("链接无效 / Unknown link",
                "<p>此退订链接不属于任何订阅，可能已被删除。<br>"
                        + "This unsubscribe link belongs to no subscription; it may have been deleted.</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + title + "</title></head>\n"
                + "<body style=\"font-family:sans-serif;max-width:36em;margin:3em auto\">\n<h1>" + title + "</h1>\n"
                + body + "\n</body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
