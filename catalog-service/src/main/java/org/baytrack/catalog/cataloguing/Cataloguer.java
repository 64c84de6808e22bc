package org.baytrack.catalog.cataloguing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.baytrack.analysis.Analysis;
import org.baytrack.catalog.article.ArticleRecord;
import org.baytrack.catalog.article.Bigrams;
import org.baytrack.catalog.entity.EntityRegistry;
import org.baytrack.catalog.reprint.MinHash;
import org.baytrack.catalog.reprint.ReprintFinder;
import org.baytrack.events.DocumentIngested;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Turns an ingested document into an article: analysed, merged with its reprints, its entities resolved. */
@ApplicationScoped
public class Cataloguer {
    @Inject
    EntityRegistry registry;
    @Inject
    ReprintFinder reprints;
    @Inject
    ArticleWriter writer;

    public static String articleIdFor(String documentId) {
        return "art-" + (documentId.startsWith("doc-") ? documentId.substring(4) : documentId);
    }

    /** A document analysed, before any database work: this part needs no transaction and may run in parallel. */
    public record AnalysedDocument(DocumentIngested doc, Analysis analysis, int[] signature, String[] bigrams) {
    }

    public AnalysedDocument analyse(DocumentIngested doc) {
        Analysis analysis = registry.analyzer().analyzeText(doc.body(), doc.published());
        return new AnalysedDocument(doc, analysis, MinHash.signature(analysis.text()), Bigrams.of(analysis.text()));
    }

    @Transactional
    public void catalog(AnalysedDocument analysed) {
        DocumentIngested doc = analysed.doc();
        // The article's id comes from the document's, so an existing article is this consumer's processed-event
        // record: a redelivered document stops here.
        String id = articleIdFor(doc.documentId());
        if (ArticleRecord.findById(id) != null) {
            return;
        }
        Analysis analysis = analysed.analysis();
        int[] signature = analysed.signature();

        var article = new ArticleRecord();
        article.id = id;
        article.documentId = doc.documentId();
        ReprintFinder.Lookup reprintLookup = reprints.lookup(signature);
        article.canonicalId = reprintLookup.canonicalId().orElse(id);
        article.revision = 1;
        article.title = doc.title() != null ? doc.title() : analysis.title();
        article.published = analysis.published();
        article.source = doc.source() != null ? doc.source() : analysis.source();
        article.url = doc.url();
        article.language = analysis.language();
        article.script = analysis.script();
        article.backfill = doc.backfill();
        article.originalText = analysis.originalText();
        article.text = analysis.text();
        article.sentences = analysis.sentences().stream()
                .map(s -> new ArticleRecord.StoredSentence(s.index(), s.start(), s.end(), s.text())).toList();
        article.bigrams = analysed.bigrams();
        article.minhash = signature == null ? new int[0] : signature;
        // microseconds, as the database keeps it: replicas break reprint ties on it, from memory or from the table
        article.catalogedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        article.persist();
        if (article.canonicalId.equals(id)) {
            reprints.index(id, article.catalogedAt, signature, reprintLookup.fullBands());
        }
        writer.saveFindings(article, analysis);
    }
}
