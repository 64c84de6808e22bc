package org.baytrack.tracker.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.events.AgreementChanged;
import org.baytrack.events.ArticleCataloged.AgreementClaim;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EventIds;
import org.baytrack.events.EventType;
import org.baytrack.tracker.entity.EntityDirectory;
import org.baytrack.tracker.entity.KnownEntity;
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

/**
 * Signed agreements in the database: one row each, one evidence row per story, progress from the newest report.
 * Publishes agreement.changed when an article makes an agreement known, moves its status or changes its figures.
 */
@ApplicationScoped
public class AgreementBook {
    @Inject
    AgreementChanges changes;
    @Inject
    EntityDirectory entities;

    /** Call inside the article's transaction. @return how many changes it published */
    public int track(ArticleCataloged cataloged, ArticleRef article) {
        List<AgreementClaim> claims = cataloged.agreements();
        if (claims == null || claims.isEmpty()) {
            return 0;
        }
        List<String> projects = AgreementPolicy.projects(cataloged.sentences());
        int published = 0;
        Map<String, List<AgreementClaim>> byId = new LinkedHashMap<>();
        for (AgreementClaim claim : claims) {
            byId.computeIfAbsent(AgreementPolicy.id(claim), k -> new ArrayList<>()).add(claim);
        }
        Map<String, TrackedAgreement> known = new HashMap<>();
        TrackedAgreement.<TrackedAgreement>list("id in ?1", byId.keySet()).forEach(a -> known.put(a.id, a));
        Set<String> backed = new HashSet<>(AgreementEvidence.<AgreementEvidence>list(
                        "storyId = ?1 and agreementId in ?2", article.storyId(), byId.keySet())
                .stream().map(e -> e.agreementId).toList());
        for (var entry : byId.entrySet()) {
            String id = entry.getKey();
            TrackedAgreement agreement = known.get(id);
            AgreementPolicy.Terms terms = agreement == null ? null : agreement.terms();
            AgreementChanged.State before = agreement == null ? null : agreement.state();
            // as for projects: a change caused by an article older than the agreement's latest report is history
            boolean historical = article.historical() || agreement != null && agreement.lastPublished != null
                    && article.published() != null && article.published().isBefore(agreement.lastPublished);
            if (agreement == null) {
                agreement = new TrackedAgreement();
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
            agreement.projects = AgreementPolicy.union(agreement.projects, projects);
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
            var kind = AgreementPolicy.change(before, agreement.state());
            if (kind.isPresent()) {
                var event = event(agreement, kind.get(), before, entry.getValue().get(0), article, historical);
                if (changes.record(EventIds.of(EventType.AGREEMENT_CHANGED, id, kind.get(), event.current().status(),
                        Objects.toString(event.current().items(), ""), Objects.toString(event.current().done(), ""),
                        article.storyId()), event, true)) {
                    published++;
                }
            }
        }
        return published;
    }

    private AgreementChanged event(TrackedAgreement a, String kind, AgreementChanged.State before, AgreementClaim claim,
                                   ArticleRef article, boolean historical) {
        Map<String, KnownEntity> known = entities.byIds(a.parties);
        List<AgreementChanged.Party> parties = a.parties.stream().map(p -> known.containsKey(p)
                ? new AgreementChanged.Party(p, known.get(p).name) : new AgreementChanged.Party(null, p)).toList();
        var evidence = new AgreementChanged.Evidence(claim.evidence() == null ? "" : claim.evidence(),
                article.articleId(), article.source(), article.published(), article.title());
        return new AgreementChanged(a.id, a.title, kind, parties, a.projects, a.signed, a.fields, a.count, before,
                a.state(), evidence, historical);
    }

    /**
     * Applies a published change to its agreement's row, the way a replay of the topic rebuilds the agreements:
     * terms, status and figures as of the change. The reports behind them come from article.cataloged only.
     */
    public void apply(AgreementChanged e) {
        TrackedAgreement a = TrackedAgreement.findById(e.agreementId());
        if (a == null) {
            a = new TrackedAgreement();
            a.id = e.agreementId();
        }
        a.setTerms(new AgreementPolicy.Terms(e.title(), e.parties().stream()
                .map(p -> p.id() != null ? p.id() : p.name()).toList(), e.signed(), e.fields(), e.count()));
        a.projects = e.projects();
        LocalDate published = e.evidence() == null ? null : e.evidence().published();
        boolean figures = e.current().items() != null || e.current().done() != null;
        if (figures && (e.previous() == null || !Objects.equals(e.previous().items(), e.current().items())
                || !Objects.equals(e.previous().done(), e.current().done()))) {
            a.progressPublished = published;
        }
        a.status = e.current().status();
        a.items = e.current().items();
        a.done = e.current().done();
        if (published != null) {
            if (a.firstPublished == null || published.isBefore(a.firstPublished)) {
                a.firstPublished = published;
            }
            if (a.lastPublished == null || published.isAfter(a.lastPublished)) {
                a.lastPublished = published;
            }
        }
        if (!a.isPersistent()) {
            a.persist();
        }
    }

    /** Whether a report published then is the latest on the agreement's progress. */
    private static boolean latestProgress(TrackedAgreement agreement, LocalDate published) {
        if (published == null) {
            // nothing shows an undated report is newer than one already taken
            return agreement.items == null && agreement.done == null;
        }
        return agreement.progressPublished == null || !published.isBefore(agreement.progressPublished);
    }
}
