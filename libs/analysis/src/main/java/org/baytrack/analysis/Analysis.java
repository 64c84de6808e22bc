package org.baytrack.analysis;

import org.baytrack.analysis.agreement.Agreement;
import org.baytrack.analysis.candidate.Candidate;
import org.baytrack.analysis.clean.OffsetMap;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.milestone.Milestone;
import org.baytrack.analysis.sentence.Sentence;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything found in one document. text is the cleaned article in Simplified script; all
 * offsets (sentences, mentions, candidates) point into it, and {@link #toOriginalOffset} maps
 * them back to the decoded source (for HTML: to the text extracted from the markup).
 * originalText is the same cleaned article in its own script, with the same offsets as text.
 * candidateClaims are milestones of projects the gazetteer does not know yet, named as the text names them.
 */
public record Analysis(String title, LocalDate published, String publishedPrecision, String source, String author,
                       String language, String script, String originalText, String text, List<Sentence> sentences,
                       List<Mention> mentions, List<Milestone> milestones, List<Agreement> agreements,
                       List<Candidate> candidates, List<Milestone> candidateClaims, OffsetMap offsets) {

    public int toOriginalOffset(int cleanedOffset) {
        return offsets.toOriginal(cleanedOffset);
    }
}
