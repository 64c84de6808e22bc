package org.baytrack.runner.chaos;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KillPlanTest {
    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        assertThat(KillPlan.of(20, 400, 10, 7)).isEqualTo(KillPlan.of(20, 400, 10, 7));
        assertThat(KillPlan.of(20, 400, 10, 7)).isNotEqualTo(KillPlan.of(20, 400, 10, 8));
    }

    @Test
    void fourKillsReachTheBrokerTheDatabaseAndAService() {
        for (long seed = 0; seed < 50; seed++) {
            List<Target> targets = KillPlan.of(4, 60, 10, seed).stream().map(KillPlan.Kill::target).toList();
            assertThat(targets).as("seed " + seed).hasSize(4).contains(Target.KAFKA, Target.POSTGRES)
                    .anyMatch(t -> t.service().isPresent());
        }
    }

    @Test
    void killsAreInOrderWithinTheRunAndApartByTheGap() {
        List<KillPlan.Kill> plan = KillPlan.of(20, 400, 10, 3);
        assertThat(plan).hasSize(20).isSortedAccordingTo(java.util.Comparator.comparingDouble(KillPlan.Kill::atSeconds));
        assertThat(plan.get(0).atSeconds()).isGreaterThanOrEqualTo(9.9);
        assertThat(plan.get(19).atSeconds()).isLessThanOrEqualTo(400);
        for (int i = 1; i < plan.size(); i++) {
            assertThat(plan.get(i).atSeconds() - plan.get(i - 1).atSeconds()).isGreaterThanOrEqualTo(9.8);
        }
        assertThat(plan).allSatisfy(k -> assertThat(k.downSeconds()).isBetween(0.5, 3.0));
    }

    @Test
    void aShortRunShrinksTheGapInsteadOfRunningPastItsEnd() {
        List<KillPlan.Kill> plan = KillPlan.of(4, 20, 10, 1);
        assertThat(plan).hasSize(4).allSatisfy(k -> assertThat(k.atSeconds()).isBetween(0.0, 20.0));
    }

    @Test
    void noKillsIsAnEmptyPlan() {
        assertThat(KillPlan.of(0, 100, 10, 1)).isEmpty();
    }
}
