package org.baytrack.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the ingest service can be told; the table of keys is in the module README. */
@ConfigMapping(prefix = "baytrack.ingest")
public interface IngestConfig {
    /**
     * Largest document, in bytes; a larger one gets 413, a raw one announcing more in {@code Content-Length}
     * before its body is read.
     */
    @WithDefault("10485760")
    int maxDocumentBytes();

    /**
     * Largest {@code document.ingested} record, in bytes: a document whose event would be larger gets 413. Keep it
     * at most the relay's {@code max.request.size} and the broker's {@code message.max.bytes}.
     */
    @WithDefault("16777216")
    long maxEventBytes();
}
