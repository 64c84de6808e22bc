package org.baytrack.notification.subscription;

import org.baytrack.events.AgreementChanged;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.ChangeKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionMatcherTest {
    private static ProjectStatusChanged change(String project, String kind, boolean historical) {
        return new ProjectStatusChanged(project, project, ChangeKind.fromCode(kind), null, null, null, historical);
    }

    private static SubscriptionSpec spec(List<String> projects, List<String> kinds, boolean historical) {
        return new SubscriptionSpec(projects, kinds, historical, null, "a@example.org", null, List.of());
    }

    @Test
    void subscriptionToOneProjectDoesNotMatchAnother() {
        SubscriptionSpec s = spec(List.of("huangmaohai-passage"), Kinds.ALL, false);
        assertThat(SubscriptionMatcher.matches(s, change("huangmaohai-passage", "milestone", false))).isTrue();
        assertThat(SubscriptionMatcher.matches(s, change("shenzhong-link", "milestone", false))).isFalse();
    }

    @Test
    void starMatchesEveryProject() {
        assertThat(SubscriptionMatcher.matches(spec(List.of("*"), Kinds.ALL, false),
                change("anything", "agreement", false))).isTrue();
    }

    @Test
    void onlyTheChosenKindsMatch() {
        SubscriptionSpec s = spec(List.of("*"), List.of("forecast_slipped"), false);
        assertThat(SubscriptionMatcher.matches(s, change("p", "forecast_slipped", false))).isTrue();
        assertThat(SubscriptionMatcher.matches(s, change("p", "forecast_advanced", false))).isFalse();
    }

    @Test
    void historicalChangesMatchOnlyWhenAskedFor() {
        assertThat(SubscriptionMatcher.matches(spec(List.of("*"), Kinds.ALL, false), change("p", "milestone", true)))
                .isFalse();
        assertThat(SubscriptionMatcher.matches(spec(List.of("*"), Kinds.ALL, true), change("p", "milestone", true)))
                .isTrue();
    }

    private static AgreementChanged agreement(List<String> parties, List<String> projects, boolean historical) {
        return new AgreementChanged("agr-1", "协议", AgreementChanged.PROGRESS,
                parties.stream().map(p -> new AgreementChanged.Party(p, p)).toList(), projects, null, null, null,
                null, new AgreementChanged.State("in_implementation", 16, 9), null, historical);
    }

    private static SubscriptionSpec agreements(List<String> projects, List<String> parties) {
        return new SubscriptionSpec(projects, List.of("agreement"), false, null, "a@example.org", null, parties);
    }

    @Test
    void anAgreementMatchesASubscriptionToOneOfItsParties() {
        var signedByZhuhai = agreement(List.of("zhuhai", "zhongshan"), List.of(), false);

        assertThat(SubscriptionMatcher.matches(agreements(List.of("*"), List.of("zhuhai")), signedByZhuhai)).isTrue();
        assertThat(SubscriptionMatcher.matches(agreements(List.of("*"), List.of("shenzhen")), signedByZhuhai)).isFalse();
        assertThat(SubscriptionMatcher.matches(agreements(List.of("*"), List.of()), signedByZhuhai)).isTrue();
    }

    @Test
    void anAgreementMatchesASubscriptionToAProjectItsReportsName() {
        var naming = agreement(List.of("zhuhai"), List.of("huangmaohai-passage"), false);

        assertThat(SubscriptionMatcher.matches(agreements(List.of("huangmaohai-passage"), List.of()), naming)).isTrue();
        assertThat(SubscriptionMatcher.matches(agreements(List.of("shenzhong-link"), List.of()), naming)).isFalse();
    }

    @Test
    void agreementsMatchOnlySubscriptionsToTheAgreementKindAndHistoricalOnesOnlyWhenAskedFor() {
        var change = agreement(List.of("zhuhai"), List.of(), false);
        var projectKinds = new SubscriptionSpec(List.of("*"), List.of("status_changed"), false, null, "a@example.org");

        assertThat(SubscriptionMatcher.matches(projectKinds, change)).isFalse();
        assertThat(SubscriptionMatcher.matches(agreements(List.of("*"), List.of()),
                agreement(List.of("zhuhai"), List.of(), true))).isFalse();
    }
}
