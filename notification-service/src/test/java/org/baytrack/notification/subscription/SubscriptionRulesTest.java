package org.baytrack.notification.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.notification.webhook.WebhookUrlPolicy;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubscriptionRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KNOWN = Set.of("huangmaohai-passage", "shenzhong-link");
    private final SubscriptionRules rules = new SubscriptionRules(KNOWN::contains, () -> KNOWN,
            new WebhookUrlPolicy(true, false, host -> new InetAddress[]{InetAddress.getByName(
                    host.equals("hooks.example.org") ? "93.184.216.34" : host)}));

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String problem(String body) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> rules.read(json(body)));
        assertThat(e).as("expected a problem for " + body).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        return e.getMessage();
    }

    @Test
    void kindsDefaultToAllAndHistoricalToFalse() {
        SubscriptionSpec spec = rules.read(json(
                "{\"projects\":[\"huangmaohai-passage\"],\"webhook\":{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"s3cret\"}}"));
        assertThat(spec.kinds()).containsExactlyElementsOf(Kinds.ALL);
        assertThat(spec.historical()).isFalse();
        assertThat(spec.channel()).isEqualTo("webhook");
        assertThat(spec.webhook().secret()).isEqualTo("s3cret");
    }

    @Test
    void streamOnlySubscriptionToEveryProjectIsAccepted() {
        SubscriptionSpec spec = rules.read(json("{\"projects\":[\"*\"],\"kinds\":[\"milestone\"],\"historical\":true}"));
        assertThat(spec.channel()).isEqualTo("stream");
        assertThat(spec.projects()).containsExactly("*");
        assertThat(spec.historical()).isTrue();
    }

    @Test
    void unknownProjectIsRefusedNamingTheKnownOnes() {
        assertThat(problem("{\"projects\":[\"atlantis-tunnel\"]}"))
                .contains("unknown project atlantis-tunnel")
                .contains("huangmaohai-passage, shenzhong-link");
    }

    @Test
    void unknownKindIsRefusedListingTheKinds() {
        assertThat(problem("{\"projects\":[\"*\"],\"kinds\":[\"opened\"]}"))
                .contains("unknown kind opened")
                .contains("status_changed, forecast_set, forecast_slipped, forecast_advanced, milestone, stale, revived, "
                        + "agreement");
    }

    @Test
    void partiesAreEntityIdsEachOnceAndNotBlank() {
        assertThat(rules.read(json("{\"projects\":[\"*\"],\"kinds\":[\"agreement\"],\"parties\":[\"zhuhai\",\"zhuhai\"]}"))
                .parties()).containsExactly("zhuhai");
        assertThat(rules.read(json("{\"projects\":[\"*\"]}")).parties()).isEmpty();
        assertThat(problem("{\"projects\":[\"*\"],\"parties\":[\" \"]}")).contains("parties must contain only non-empty strings");
    }

    @Test
    void malformedEmailAndHeaderInjectionAreRefused() {
        assertThat(problem("{\"projects\":[\"*\"],\"email\":\"not-an-address\"}")).contains("not an e-mail address");
        assertThat(problem("{\"projects\":[\"*\"],\"email\":\"a@b.org\\r\\nBcc: x@y.org\"}")).contains("e-mail");
        assertThat(rules.read(json("{\"projects\":[\"*\"],\"email\":\"someone@example.org\"}")).email())
                .isEqualTo("someone@example.org");
    }

    @Test
    void malformedOrPrivateWebhookUrlIsRefused() {
        assertThat(problem("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"hooks example\"}}")).contains("webhook.url");
        assertThat(problem("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"http://192.168.0.10/hook\"}}"))
                .contains("private");
        assertThat(problem("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"http://169.254.169.254/\"}}"))
                .contains("link-local");
    }

    @Test
    void webhookSecretMayBeLeftOutButNotTooShort() {
        assertThat(rules.read(json("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"https://hooks.example.org/h\"}}"))
                .webhook().secret()).isNull();
        assertThat(problem("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"https://hooks.example.org/h\",\"secret\":\"x\"}}"))
                .contains("webhook.secret");
    }

    @Test
    void webhookAndEmailTogetherAreRefused() {
        assertThat(problem("{\"projects\":[\"*\"],\"email\":\"a@example.org\","
                + "\"webhook\":{\"url\":\"https://hooks.example.org/h\"}}")).contains("choose one channel");
    }

    @Test
    void unknownFieldsAndMissingProjectsAreAllReportedAtOnce() {
        String detail = problem("{\"project\":\"huangmaohai-passage\",\"kinds\":[\"nope\"]}");
        assertThat(detail).contains("unknown field 'project'").contains("projects is missing").contains("unknown kind nope");
    }

    @Test
    void mergePatchReplacesMembersAndNullRemovesThem() {
        SubscriptionSpec spec = new SubscriptionSpec(List.of("*"), Kinds.ALL, false,
                new SubscriptionSpec.Webhook("https://hooks.example.org/h", "s3cret"), null);
        JsonNode merged = SubscriptionSpec.mergePatch(spec.toJson(),
                json("{\"kinds\":[\"milestone\"],\"webhook\":{\"url\":\"https://hooks.example.org/new\"}}"));
        SubscriptionSpec patched = rules.read(merged);
        assertThat(patched.kinds()).containsExactly("milestone");
        assertThat(patched.webhook()).isEqualTo(new SubscriptionSpec.Webhook("https://hooks.example.org/new", "s3cret"));

        SubscriptionSpec toEmail = rules.read(SubscriptionSpec.mergePatch(spec.toJson(),
                json("{\"webhook\":null,\"email\":\"someone@example.org\"}")));
        assertThat(toEmail.channel()).isEqualTo("email");
        assertThat(toEmail.webhook()).isNull();
    }
}
