package org.baytrack.notification.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.notification.config.NotificationConfig;
import org.baytrack.notification.webhook.WebhookUrlPolicy;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

/** Creating, changing and removing subscriptions. */
@ApplicationScoped
public class SubscriptionService {
    @Inject
    KnownProjects knownProjects;
    @Inject
    NotificationConfig config;

    private final SecureRandom random = new SecureRandom();

    @Transactional
    public SubscriptionView create(JsonNode body) {
        SubscriptionSpec spec = rules().read(body);
        boolean generated = spec.webhook() != null && spec.webhook().secret() == null;
        Subscription s = new Subscription();
        s.id = UUID.randomUUID().toString();
        s.createdAt = OffsetDateTime.now();
        s.apply(withSecret(spec));
        s.persist();
        return SubscriptionView.of(s, generated);
    }

    @Transactional
    public SubscriptionView get(String id) {
        return SubscriptionView.of(find(id), false);
    }

    @Transactional
    public SubscriptionView patch(String id, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("Send a JSON merge patch object, e.g. {\"kinds\": [\"status_changed\"]} "
                    + "or {\"email\": null} to remove a field");
        }
        Subscription s = find(id);
        SubscriptionSpec spec = rules().read(SubscriptionSpec.mergePatch(s.spec().toJson(), patch));
        boolean generated = spec.webhook() != null && spec.webhook().secret() == null;
        s.apply(withSecret(spec));
        return SubscriptionView.of(s, generated);
    }

    @Transactional
    public void delete(String id) {
        find(id).delete();
    }

    public Subscription find(String id) {
        Subscription s = Subscription.findById(id);
        if (s == null) {
            throw ProblemException.notFound("There is no subscription " + id + "; it may have been deleted. "
                    + "Create one with POST /subscriptions.");
        }
        return s;
    }

    SubscriptionRules rules() {
        return new SubscriptionRules(knownProjects::isKnown, knownProjects::all,
                new WebhookUrlPolicy(config.allowLoopbackWebhooks(), config.allowPrivateWebhooks()));
    }

    private SubscriptionSpec withSecret(SubscriptionSpec spec) {
        if (spec.webhook() == null || spec.webhook().secret() != null) {
            return spec;
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return new SubscriptionSpec(spec.projects(), spec.kinds(), spec.historical(),
                new SubscriptionSpec.Webhook(spec.webhook().url(), "whsec_" + HexFormat.of().formatHex(bytes)),
                spec.email(), spec.parties());
    }
}
