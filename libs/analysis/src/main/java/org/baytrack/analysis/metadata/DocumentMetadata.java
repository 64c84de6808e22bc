package org.baytrack.analysis.metadata;

import java.time.LocalDate;

/** What the document says about itself; any field may be null when the document does not say. */
public record DocumentMetadata(String title, LocalDate published, String source, String author) {
}
