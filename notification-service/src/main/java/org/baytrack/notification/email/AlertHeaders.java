package org.baytrack.notification.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that make an alert a well-behaved list message: one-click unsubscribe (RFC 2369 and RFC 8058) and
 * one thread per project, and one per agreement (RFC 5322 {@code In-Reply-To} / {@code References}).
 *
 * <p>Every alert of a project (or of an agreement) refers to the same root id, which no message carries: clients thread on the
 * reference alone, and no state is needed to know which alert was first. A message's own id is derived from the
 * event and the subscription, so a retried send keeps its id and the receiving side can drop the repeat.
 */
public final class AlertHeaders {
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final String domain;
    private final String unsubscribeMailbox;
    private final String externalUrl;

    /**
     * @param domain             the right-hand side of the message ids
     * @param unsubscribeMailbox the mailto target offered to clients without one-click support
     * @param externalUrl        this service's base URL as mail readers reach it
     */
    public AlertHeaders(String domain, String unsubscribeMailbox, String externalUrl) {
        this.domain = domain;
        this.unsubscribeMailbox = unsubscribeMailbox;
        this.externalUrl = externalUrl.endsWith("/") ? externalUrl.substring(0, externalUrl.length() - 1) : externalUrl;
    }

    public String unsubscribeUrl(String token) {
        return externalUrl + "/unsubscribe/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String threadRoot(String projectId) {
        return "<project." + atom(projectId) + "@" + domain + ">";
    }

    public String agreementThreadRoot(String agreementId) {
        return "<agreement." + atom(agreementId) + "@" + domain + ">";
    }

    public String messageId(String eventId, String subscriptionId) {
        return "<" + atom(eventId) + "." + atom(subscriptionId) + "@" + domain + ">";
    }

    /** In the order they are added to the message. */
    public Map<String, String> headers(String eventId, String projectId, String subscriptionId, String token) {
        return inThread(threadRoot(projectId), eventId, subscriptionId, token);
    }

    /** As {@link #headers}, for an agreement's alert, threaded with that agreement's others. */
    public Map<String, String> agreementHeaders(String eventId, String agreementId, String subscriptionId,
                                                String token) {
        return inThread(agreementThreadRoot(agreementId), eventId, subscriptionId, token);
    }

    private Map<String, String> inThread(String root, String eventId, String subscriptionId, String token) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Message-ID", messageId(eventId, subscriptionId));
        h.put("In-Reply-To", root);
        h.put("References", root);
        h.put("List-Id", "Baytrack alerts <alerts." + domain + ">");
        h.put("List-Unsubscribe", "<mailto:" + unsubscribeMailbox + "?subject="
                + URLEncoder.encode("unsubscribe " + token, StandardCharsets.UTF_8).replace("+", "%20") + ">, <"
                + unsubscribeUrl(token) + ">");
        h.put("List-Unsubscribe-Post", ONE_CLICK);
        return h;
    }

    /** Keeps an id inside a message id's dot-atom: letters, digits, '-', '.' and '_'. */
    private static String atom(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
