package org.baytrack.notification.subscription;

import org.baytrack.events.ProjectStatusChanged;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionMatcherTest {
    private static ProjectStatusChanged change(String project, String kind, boolean historical) {
        return new ProjectStatusChanged(project, project, kind, null, null, null, historical);
    }

    private static SubscriptionSpec spec(List<String> projects, List<String> kinds, boolean historical) {
        return new SubscriptionSpec(projects, kinds, historical, null, "a@example.org", null);
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
}
