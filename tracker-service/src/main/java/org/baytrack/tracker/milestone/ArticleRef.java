package org.baytrack.tracker.milestone;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a claim was read. {@code storyId} is the canonical article id: reprints of one story share it and count
 * as one piece of evidence. {@code url} is where the article was read, null when the client did not say.
 * {@code published} is null when neither the client nor the text gave a publication date: the day the article
 * arrived says nothing about when its events happened, so nothing stands in for it.
 */
public record ArticleRef(String articleId, String storyId, String title, String source, String url,
                         LocalDate published, boolean historical) {
    public ArticleRef {
        Objects.requireNonNull(articleId, "articleId");
        storyId = storyId == null || storyId.isBlank() ? articleId : storyId;
    }
}
