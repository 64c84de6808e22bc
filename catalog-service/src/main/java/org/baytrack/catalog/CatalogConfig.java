package org.baytrack.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the catalog can be told; the table of keys is in the module README. */
@ConfigMapping(prefix = "baytrack.catalog")
public interface CatalogConfig {
    /** Estimated Jaccard similarity of character 4-gram sets at or above which a text is a reprint of another. */
    @WithDefault("0.6")
    double reprintSimilarity();

    /**
     * Canonical stories a band bucket holds before it takes no more: a bucket shared by this many is boilerplate
     * (site chrome, a template), and reading its members back would make every look-up slow.
     */
    @WithDefault("50")
    int reprintBucketLimit();

    /**
     * MinHash signatures of indexed articles kept in memory, about 440 bytes each; a miss is read from the
     * database.
     */
    @WithDefault("250000")
    long reprintSignatureCache();

    /** Threads analysing a poll's documents ahead of the in-order database work; about the number of cores. */
    @WithDefault("2")
    int analysisThreads();

    /**
     * How often new bigrams are merged into the search index in the background ({@code off}: never; tests merge by
     * hand). Read by the scheduler of {@code BigramMerge}.
     */
    @WithDefault("5s")
    String bigramMergeEvery();
}
