package org.baytrack.notification.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * What a subscriber asked for: which projects and kinds of change, whether historical changes count, and the
 * channel (a webhook, an e-mail address, or neither for the public stream only), whom to tell if it is
 * disabled, and {@code parties} (entity ids), which narrows agreement alerts to agreements one of them signed;
 * empty for any.
 */
public record SubscriptionSpec(List<String> projects, List<String> kinds, boolean historical, Webhook webhook,
                               String email, String contact, List<String> parties) {
    public static final String ALL_PROJECTS = "*";

    public SubscriptionSpec {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** Without a contact, for every party. */
    public SubscriptionSpec(List<String> projects, List<String> kinds, boolean historical, Webhook webhook,
                            String email) {
        this(projects, kinds, historical, webhook, email, null, List.of());
    }

    public record Webhook(String url, String secret) {
    }

    public String channel() {
        return webhook != null ? "webhook" : email != null ? "email" : "stream";
    }

    /** What makes two subscriptions the same: where alerts go, and which projects, kinds and parties. */
    public record Identity(String channel, String target, Set<String> projects, Set<String> kinds,
                           Set<String> parties) {
    }

    public Identity identity() {
        return new Identity(channel(), webhook != null ? webhook.url() : email, Set.copyOf(projects), Set.copyOf(kinds),
                Set.copyOf(parties));
    }

    public SubscriptionSpec withSecret(String secret) {
        return new SubscriptionSpec(projects, kinds, historical, new Webhook(webhook.url(), secret), email, contact,
                parties);
    }

    /** The spec as the request JSON it would come from, secret included: the base a PATCH merges into. */
    public ObjectNode toJson() {
        var f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        projects.forEach(o.putArray("projects")::add);
        kinds.forEach(o.putArray("kinds")::add);
        o.put("historical", historical);
        if (webhook != null) {
            ObjectNode w = o.putObject("webhook");
            w.put("url", webhook.url());
            w.put("secret", webhook.secret());
        }
        if (email != null) {
            o.put("email", email);
        }
        if (contact != null) {
            o.put("contact", contact);
        }
        if (!parties.isEmpty()) {
            parties.forEach(o.putArray("parties")::add);
        }
        return o;
    }

    /** RFC 7386 JSON merge patch: members of the patch replace, null members remove. */
    public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
            }
        });
        return result;
    }
}
