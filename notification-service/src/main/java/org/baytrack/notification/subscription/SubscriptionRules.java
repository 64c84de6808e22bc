package org.baytrack.notification.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.events.webhook.WebhookSecret;
import org.baytrack.notification.webhook.WebhookUrlPolicy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a subscription request body and says everything that is wrong with it at once: unknown fields, unknown
 * projects (naming the known ones), unknown kinds, a malformed or refused webhook URL, a webhook secret not in the
 * Standard Webhooks form, a malformed address.
 */
public final class SubscriptionRules {
    static final Set<String> FIELDS = Set.of("projects", "kinds", "historical", "webhook", "email", "contact",
            "parties");
    static final Set<String> WEBHOOK_FIELDS = Set.of("url", "secret");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"<>,;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    private final Predicate<String> knownProject;
    private final Supplier<Collection<String>> knownProjects;
    private final WebhookUrlPolicy urlPolicy;

    public SubscriptionRules(Predicate<String> knownProject, Supplier<Collection<String>> knownProjects,
                             WebhookUrlPolicy urlPolicy) {
        this.knownProject = knownProject;
        this.knownProjects = knownProjects;
        this.urlPolicy = urlPolicy;
    }

    /** The spec the body describes; a 400 problem listing every mistake otherwise. Webhook secret may be null. */
    public SubscriptionSpec read(JsonNode body) {
        return read(body, null);
    }

    /**
     * As {@link #read(JsonNode)}, accepting {@code keptSecret} as it is: the secret a subscription already has,
     * which may predate the Standard Webhooks form, comes back unchanged in the body a PATCH is merged into.
     */
    public SubscriptionSpec read(JsonNode body, String keptSecret) {
        List<String> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("Send a JSON object such as {\"projects\": [\"huangmaohai-passage\"], "
                    + "\"webhook\": {\"url\": \"https://example.org/hook\", \"secret\": \"...\"}}");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add("unknown field '" + name + "'; accepted fields are " + String.join(", ", sorted(FIELDS)));
            }
        });

        List<String> projects = strings(body.get("projects"), "projects", errors);
        if (body.get("projects") == null) {
            errors.add("projects is missing; send a list of project ids, or [\"*\"] for every project");
        } else if (projects != null && projects.isEmpty()) {
            errors.add("projects is empty; send at least one project id, or [\"*\"] for every project");
        } else if (projects != null) {
            List<String> unknown = projects.stream()
                    .filter(p -> !p.equals(SubscriptionSpec.ALL_PROJECTS) && !knownProject.test(p)).toList();
            if (!unknown.isEmpty()) {
                errors.add("unknown project " + String.join(", ", unknown) + "; known projects are "
                        + String.join(", ", sorted(knownProjects.get())) + " (or \"*\" for every project)");
            }
        }

        List<String> kinds = body.get("kinds") == null ? Kinds.ALL : strings(body.get("kinds"), "kinds", errors);
        if (kinds != null && kinds.isEmpty()) {
            errors.add("kinds is empty; leave it out for every kind, or choose from " + String.join(", ", Kinds.ALL));
        } else if (kinds != null) {
            List<String> unknown = kinds.stream().filter(k -> !Kinds.ALL.contains(k)).toList();
            if (!unknown.isEmpty()) {
                errors.add("unknown kind " + String.join(", ", unknown) + "; kinds are " + String.join(", ", Kinds.ALL));
            }
        }

        List<String> parties = body.get("parties") == null ? List.of() : strings(body.get("parties"), "parties", errors);

        boolean historical = false;
        JsonNode h = body.get("historical");
        if (h != null && !h.isNull()) {
            if (h.isBoolean()) {
                historical = h.booleanValue();
            } else {
                errors.add("historical must be true or false");
            }
        }

        SubscriptionSpec.Webhook webhook = webhook(body.get("webhook"), keptSecret, errors);
        String email = email(body.get("email"), "email", errors);
        String contact = email(body.get("contact"), "contact", errors);
        if (webhook != null && email != null) {
            errors.add("choose one channel: either webhook or email (or neither, for the public stream only); "
                    + "create two subscriptions for both");
        }

        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid subscription", String.join("; ", errors) + ".");
        }
        return new SubscriptionSpec(List.copyOf(new LinkedHashSet<>(projects)), List.copyOf(new LinkedHashSet<>(kinds)),
                historical, webhook, email, contact, List.copyOf(new LinkedHashSet<>(parties)));
    }

    private SubscriptionSpec.Webhook webhook(JsonNode node, String keptSecret, List<String> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add("webhook must be an object {\"url\": \"https://...\", \"secret\": \"...\"}");
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!WEBHOOK_FIELDS.contains(name)) {
                errors.add("unknown field 'webhook." + name + "'; accepted are url and secret");
            }
        });
        JsonNode url = node.get("url");
        if (url == null || !url.isTextual()) {
            errors.add("webhook.url is missing; send an absolute http or https URL");
            return null;
        }
        urlPolicy.refusal(url.textValue()).ifPresent(errors::add);
        JsonNode secret = node.get("secret");
        String secretValue = null;
        if (secret != null && !secret.isNull()) {
            if (secret.isTextual() && secret.textValue().equals(keptSecret)) {
                secretValue = keptSecret;
            } else if (!secret.isTextual() || secret.textValue().length() > 256) {
                errors.add(WebhookSecret.refusal(null).orElseThrow());
            } else {
                WebhookSecret.refusal(secret.textValue()).ifPresent(errors::add);
                secretValue = secret.textValue();
            }
        }
        return new SubscriptionSpec.Webhook(url.textValue(), secretValue);
    }

    private static String email(JsonNode node, String field, List<String> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().length() > 254 || !EMAIL.matcher(node.textValue()).matches()) {
            errors.add(field + " " + node + " is not an e-mail address; send one like someone@example.org");
            return null;
        }
        return node.textValue();
    }

    private static List<String> strings(JsonNode node, String field, List<String> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            errors.add(field + " must be a list of strings");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                errors.add(field + " must contain only non-empty strings, found " + item);
                return null;
            }
            values.add(item.textValue().trim());
        }
        return values;
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
