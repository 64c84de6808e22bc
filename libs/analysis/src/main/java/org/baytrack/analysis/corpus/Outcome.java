package org.baytrack.analysis.corpus;

/**
 * One scored item: a matched label, a false claim or a miss, with the groups it is reported under.
 *
 * @param area     "milestone" or "agreement"
 * @param language en, zh-Hans or zh-Hant
 * @param kind     the milestone kind (the analyzer's codes); "agreement" for agreements
 * @param project  the project id; empty for agreements
 */
public record Outcome(String area, String language, String kind, String project, Result result) {
    public enum Result { MATCHED, FALSE_CLAIM, MISSED }

    public Tally tally() {
        return switch (result) {
            case MATCHED -> new Tally(1, 0, 0);
            case FALSE_CLAIM -> new Tally(0, 1, 0);
            case MISSED -> new Tally(0, 0, 1);
        };
    }
}
