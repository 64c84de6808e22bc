package org.baytrack.tracker.milestone;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a claim was read. {@code storyId} is the canonical article id: reprints of one story share it and count
 * as one piece of evidence. {@code published} is never null (the arrival date stands in when the article has none).
 */
public record ArticleRef(String articleId, String storyId, String title, String source, LocalDate published,
                         boolean historical) {
    public ArticleRef {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        storyId = storyId == null || storyId.isBlank() ? articleId : storyId;
    }
}
