package org.baytrack.analysis.corpus;

/**
 * A gold label the analyzer missed, or a claim it made that no label supports.
 *
 * @param missed true for a miss, false for a false claim
 * @param what   "milestone" or "agreement"
 * @param key    project, kind and date of a milestone; date and parties of an agreement
 */
public record Mistake(String doc, boolean missed, String what, String key, String evidence) {
    public String line() {
        return doc + "  " + (missed ? "MISSED" : "FALSE ") + " " + what + " " + key + "\n      " + evidence.strip().replace('\n', ' ');
    }
}
