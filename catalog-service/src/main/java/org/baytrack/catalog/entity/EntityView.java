package org.baytrack.catalog.entity;

import java.util.List;

/** An entity as GET /entities/{id} shows it: names, how often it is mentioned and where lately. */
public record EntityView(String id, String type, String name, String nameHant, String nameEn, List<String> aliases,
                         String origin, Long mentions, List<LatestArticle> latestArticles) {
    public record LatestArticle(String id, String title, String published, String source) {
    }
}
