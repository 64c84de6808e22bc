package org.baytrack.runner.chaos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** When and what a chaos run kills: the same seed, count and length give the same plan. */
public final class KillPlan {
    /** One kill, {@code atSeconds} after the first document was sent; {@code downSeconds} before the restart. */
    public record Kill(Target target, double atSeconds, double downSeconds) {
    }

    private KillPlan() {
    }

    /**
     * {@code kills} moments at random over {@code seconds}, each at least {@code gapSeconds} after the one before
     * where the length allows, so that every kill meets a recovered stack. From three kills on, the broker,
     * PostgreSQL and a service are each among the targets; the rest are drawn from all six.
     */
    public static List<Kill> of(int kills, double seconds, double gapSeconds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Target[] all = Target.values();
        List<Target> targets = new ArrayList<>();
        if (kills >= 3) {
            targets.add(Target.KAFKA);
            targets.add(Target.POSTGRES);
            targets.add(all[random.nextInt(4)]);
        }
        while (targets.size() < kills) {
            targets.add(all[random.nextInt(all.length)]);
        }
        for (int i = targets.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            targets.set(i, targets.set(j, targets.get(i)));
        }
        double gap = kills == 0 ? 0 : Math.min(gapSeconds, seconds / (kills + 1));
        double spare = Math.max(0, seconds - gap * (kills + 1));
        double[] at = new double[kills];
        for (int i = 0; i < kills; i++) {
            at[i] = random.nextDouble() * spare;
        }
        java.util.Arrays.sort(at);
        List<Kill> plan = new ArrayList<>(kills);
        for (int i = 0; i < kills; i++) {
            double downSeconds = 0.5 + random.nextDouble() * 2.5;
            plan.add(new Kill(targets.get(i), round(at[i] + gap * (i + 1)), round(downSeconds)));
        }
        plan.sort(Comparator.comparingDouble(Kill::atSeconds));
        return plan;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
