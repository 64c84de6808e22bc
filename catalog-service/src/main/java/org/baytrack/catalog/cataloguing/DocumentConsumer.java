package org.baytrack.catalog.cataloguing;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.catalog.CatalogConfig;
import org.baytrack.commons.inbox.PollTransactions;
import org.baytrack.events.DocumentIngested;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * document.ingested, a poll at a time (batch mode), committed in slices (PollTransactions): a document's article
 * commits with it, and a redelivered document whose article exists changes nothing. The poll's documents are
 * analysed in parallel, ahead of the database work, which stays in order on the consumer's thread: analysis is
 * most of a document's CPU and needs nothing from the database, while reprint detection must see every earlier
 * document of the poll.
 */
@ApplicationScoped
public class DocumentConsumer {
    @Inject
    Cataloguer cataloguer;
    @Inject
    EntityManager em;
    @Inject
    PollTransactions pollTransactions;
    @Inject
    CatalogConfig config;

    private ExecutorService analysis;

    @PostConstruct
    void start() {
        AtomicInteger n = new AtomicInteger();
        analysis = Executors.newFixedThreadPool(config.analysisThreads(), task -> {
            Thread t = new Thread(task, "catalog-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        analysis.shutdownNow();
    }

    @Incoming("documents")
    @Blocking
    public void onIngested(List<String> batch) {
        List<CompletableFuture<Cataloguer.AnalysedDocument>> analysed = batch.stream()
                .map(json -> CompletableFuture.supplyAsync(
                        () -> cataloguer.analyse(EventCodec.decode(json, DocumentIngested.class).data()), analysis))
                .toList();
        pollTransactions.apply(analysed, future -> cataloguer.catalog(result(future)), () -> {
            // the session is emptied after each document so a poll of big texts stays small
            em.flush();
            em.clear();
        }, "documents");
    }

    /** The analysis, or what it threw, as if it had run on this thread (a bad event then fails alone). */
    private static Cataloguer.AnalysedDocument result(CompletableFuture<Cataloguer.AnalysedDocument> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
