package org.baytrack.notification.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.notification.webhook.WebhookUrlPolicy;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.baytrack.notification.support.Secrets.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubscriptionRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KNOWN = Set.of("huangmaohai-passage", "shenzhong-link");
    private final SubscriptionRules rules = new SubscriptionRules(KNOWN::contains, () -> KNOWN,
            new WebhookUrlPolicy(new WebhookUrlPolicy.Allowances(true, Set.of(), false), host -> new InetAddress[]{InetAddress.getByName(
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
                "{\"projects\":[\"huangmaohai-passage\"],\"webhook\":{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"" + SECRET + "\"}}"));
        assertThat(spec.kinds()).containsExactlyElementsOf(Kinds.ALL);
        assertThat(spec.historical()).isFalse();
        assertThat(spec.channel()).isEqualTo("webhook");
        assertThat(spec.webhook().secret()).isEqualTo(SECRET);
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
    void subscriptionsThatDifferOnlyInTheirPartiesAreNotTheSame() {
        String base = "{\"projects\":[\"*\"],\"kinds\":[\"agreement\"],\"email\":\"a@example.org\"";
        var zhuhai = rules.read(json(base + ",\"parties\":[\"zhuhai\",\"zhongshan\"]}")).identity();
        assertThat(rules.read(json(base + ",\"parties\":[\"zhongshan\",\"zhuhai\"]}")).identity()).isEqualTo(zhuhai);
        assertThat(rules.read(json(base + ",\"parties\":[\"zhuhai\"]}")).identity()).isNotEqualTo(zhuhai);
        assertThat(rules.read(json(base + "}")).identity()).isNotEqualTo(zhuhai);
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
                .contains("cloud metadata");
        assertThat(problem("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"http://169.254.1.1/\"}}"))
                .contains("link-local");
    }

    @Test
    void webhookSecretMayBeLeftOutButOtherwiseIsAStandardWebhooksSecret() {
        assertThat(rules.read(json("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"https://hooks.example.org/h\"}}"))
                .webhook().secret()).isNull();
        String sixteenBytes = "whsec_" + Base64.getEncoder().encodeToString(new byte[16]);
        for (String refused : List.of("x", "s3cret", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", sixteenBytes, "whsec_not base64!")) {
            assertThat(problem("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"https://hooks.example.org/h\","
                    + "\"secret\":\"" + refused + "\"}}"))
                    .as(refused).contains("webhook.secret must be 'whsec_' followed by the base64 of at least 24");
        }
        assertThat(problem("{\"projects\":[\"*\"],\"webhook\":{\"url\":\"https://hooks.example.org/h\",\"secret\":7}}"))
                .contains("webhook.secret");
    }

    @Test
    void aLegacySecretTheSubscriptionAlreadyHasIsKeptByAPatch() {
        SubscriptionSpec legacy = new SubscriptionSpec(List.of("*"), Kinds.ALL, false,
                new SubscriptionSpec.Webhook("https://hooks.example.org/h", "s3cret"), null, null, List.of());
        JsonNode merged = SubscriptionSpec.mergePatch(legacy.toJson(), json("{\"kinds\":[\"milestone\"]}"));
        assertThat(rules.read(merged, "s3cret").webhook().secret()).isEqualTo("s3cret");
        assertThat(catchThrowableOfType(ProblemException.class, () -> rules.read(merged))).isNotNull();
    }

    @Test
    void contactMustBeAnEmailAddress() {
        assertThat(rules.read(json("{\"projects\":[\"*\"],\"contact\":\"ops@example.org\"}")).contact())
                .isEqualTo("ops@example.org");
        assertThat(problem("{\"projects\":[\"*\"],\"contact\":\"ops\"}")).contains("contact \"ops\" is not an e-mail");
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
                new SubscriptionSpec.Webhook("https://hooks.example.org/h", SECRET), null, null, List.of());
        JsonNode merged = SubscriptionSpec.mergePatch(spec.toJson(),
                json("{\"kinds\":[\"milestone\"],\"webhook\":{\"url\":\"https://hooks.example.org/new\"}}"));
        SubscriptionSpec patched = rules.read(merged);
        assertThat(patched.kinds()).containsExactly("milestone");
        assertThat(patched.webhook()).isEqualTo(new SubscriptionSpec.Webhook("https://hooks.example.org/new", SECRET));

        SubscriptionSpec toEmail = rules.read(SubscriptionSpec.mergePatch(spec.toJson(),
                json("{\"webhook\":null,\"email\":\"someone@example.org\"}")));
        assertThat(toEmail.channel()).isEqualTo("email");
        assertThat(toEmail.webhook()).isNull();
    }
}
