package org.baytrack.bench;

import org.baytrack.runner.synthetic.AlertLedger.Entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What became of the measured documents that did not simply cause their alert. Lost: not accepted, never
 * cataloged, or no alert although the tracker had no newer forecast for the project when it read it. Superseded:
 * the document reached the tracker after a later document of the same project had already moved the forecast past
 * it (it joined the timeline as history, which is the tracker's rule), shown by that later alert's previous forecast
 * being older than this document's and by the document's article on the project's timeline. Merged as reprint: the
 * catalog judged it a reprint of another story (MinHash), so the tracker counts the story once.
 */
record Outcome(int ingestErrors, int notCataloged, int missingAlerts, int superseded, int reprints,
               int articleMismatch, int lost) {

    /** @param timeline a project's timeline as the tracker sends it */
    static Outcome classify(List<Entry> entries, Function<String, String> timeline, Console console) {
        int ingestErrors = 0;
        int notCataloged = 0;
        int missing = 0;
        int superseded = 0;
        int mismatch = 0;
        int reprints = 0;
        int lost = 0;
        Map<String, List<Entry>> byProject = entries.stream().collect(Collectors.groupingBy(e -> e.doc.project().id()));
        Map<String, String> timelines = new HashMap<>();
        for (Entry e : entries) {
            if (e.documentId() == null) {
                ingestErrors++;
                lost++;
                continue;
            }
            if (e.catalogArticleId() == null) {
                notCataloged++;
                lost++;
                continue;
            }
            if (e.alerted()) {
                if (e.alertArticleId() != null && !e.alertArticleId().equals(e.catalogArticleId())) {
                    mismatch++;
                }
                continue;
            }
            missing++;
            if (!e.catalogArticleId().equals(ownArticle(e.documentId()))) {
                reprints++;
                console.say("  merged as a reprint: document %s -> article %s (%s)", e.documentId(),
                        e.catalogArticleId(), e.doc.key());
                continue;
            }
            String forecast = e.doc.forecast().toString();
            boolean overtaken = byProject.get(e.doc.project().id()).stream().anyMatch(o -> o.alerted()
                    && o.doc.k() > e.doc.k() && o.alertPreviousForecast() != null
                    && o.alertPreviousForecast().compareTo(forecast) < 0);
            String projectTimeline = overtaken ? timelines.computeIfAbsent(e.doc.project().id(), timeline) : "";
            if (overtaken && projectTimeline.contains(e.catalogArticleId())) {
                superseded++;
            } else {
                lost++;
                console.say("  lost: document %s article %s %s (overtaken %s)", e.documentId(), e.catalogArticleId(),
                        e.doc.key(), overtaken);
            }
        }
        if (ingestErrors > 0) {
            entries.stream().filter(e -> e.ingestError() != null).limit(3)
                    .forEach(e -> console.say("  ingest error: %s", e.ingestError()));
        }
        return new Outcome(ingestErrors, notCataloged, missing, superseded, reprints, mismatch, lost);
    }

    /** The article a document becomes when the catalog takes it as a story of its own. */
    private static String ownArticle(String documentId) {
        return "art-" + (documentId.startsWith("doc-") ? documentId.substring(4) : documentId);
    }
}
