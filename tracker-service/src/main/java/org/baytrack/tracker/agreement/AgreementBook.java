package org.baytrack.tracker.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import org.baytrack.events.ArticleCataloged.AgreementClaim;
import org.baytrack.tracker.milestone.ArticleRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Signed agreements in the database: one row each, one evidence row per story, progress from the newest report. */
@ApplicationScoped
public class AgreementBook {

    /** Call inside the article's transaction. */
    public void track(List<AgreementClaim> claims, ArticleRef article) {
        if (claims == null || claims.isEmpty()) {
            return;
        }
        Map<String, List<AgreementClaim>> byId = new LinkedHashMap<>();
        for (AgreementClaim claim : claims) {
            byId.computeIfAbsent(AgreementPolicy.id(claim), k -> new ArrayList<>()).add(claim);
        }
        Map<String, Agreement> known = new HashMap<>();
        Agreement.<Agreement>list("id in ?1", byId.keySet()).forEach(a -> known.put(a.id, a));
        Set<String> backed = new HashSet<>(AgreementEvidence.<AgreementEvidence>list(
                        "storyId = ?1 and agreementId in ?2", article.storyId(), byId.keySet())
                .stream().map(e -> e.agreementId).toList());
        for (var entry : byId.entrySet()) {
            String id = entry.getKey();
            Agreement agreement = known.get(id);
            AgreementPolicy.Terms terms = agreement == null ? null : agreement.terms();
            if (agreement == null) {
                agreement = new Agreement();
                agreement.id = id;
                agreement.status = AgreementPolicy.Status.SIGNED.code();
            }
            for (AgreementClaim claim : entry.getValue()) {
                terms = AgreementPolicy.merge(terms, claim);
                if (AgreementPolicy.reportsProgress(claim) && latestProgress(agreement, article.published())) {
                    agreement.items = claim.items() != null ? claim.items() : agreement.items;
                    agreement.done = claim.done() != null ? claim.done() : agreement.done;
                    agreement.progressPublished = article.published();
                }
                agreement.status = AgreementPolicy.status(AgreementPolicy.Status.of(agreement.status),
                        agreement.items, agreement.done).code();
            }
            agreement.setTerms(terms);
            if (article.published() != null) {
                if (agreement.firstPublished == null || article.published().isBefore(agreement.firstPublished)) {
                    agreement.firstPublished = article.published();
                }
                if (agreement.lastPublished == null || article.published().isAfter(agreement.lastPublished)) {
                    agreement.lastPublished = article.published();
                }
            }
            if (!agreement.isPersistent()) {
                agreement.persist();
            }
            if (backed.add(id)) {
                AgreementClaim first = entry.getValue().get(0);
                AgreementEvidence e = new AgreementEvidence();
                e.agreementId = id;
                e.storyId = article.storyId();
                e.articleId = article.articleId();
                e.source = article.source();
                e.published = article.published();
                e.title = article.title();
                e.url = article.url();
                e.sentence = first.evidence() == null ? "" : first.evidence();
                e.originalSentence = first.originalEvidence();
                e.items = entry.getValue().stream().map(AgreementClaim::items).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                e.done = entry.getValue().stream().map(AgreementClaim::done).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                e.persist();
            }
        }
    }

    /** Whether a report published then is the latest on the agreement's progress. */
    private static boolean latestProgress(Agreement agreement, LocalDate published) {
        if (published == null) {
            // nothing shows an undated report is newer than one already taken
            return agreement.items == null && agreement.done == null;
        }
        return agreement.progressPublished == null || !published.isBefore(agreement.progressPublished);
    }
}
