package org.baytrack.catalog.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Queries of table {@code article} beyond the search ({@link ArticleSearch}) and the record itself. */
@ApplicationScoped
public class ArticleStore {
    @Inject
    EntityManager em;

    /** A canonical article that mentions an entity, as the entity's page lists it. */
    public record Naming(String id, String title, String published, String source) {
    }

    /** The ids of the articles whose text contains {@code simplified} (folded to Simplified, lower case). */
    @SuppressWarnings("unchecked")
    public List<String> idsContaining(String simplified) {
        return em.createNativeQuery("select id from article where bigrams @> cast(:bigrams as text[]) "
                        + "and strpos(lower(text), :text) > 0 order by id")
                .setParameter("bigrams", Bigrams.of(simplified))
                .setParameter("text", simplified)
                .getResultList();
    }

    /** The latest canonical articles mentioning the entity, published last first (undated ones last). */
    @SuppressWarnings("unchecked")
    public List<Naming> latestNaming(String entityId, int limit) {
        List<Object[]> rows = em.createNativeQuery("select a.id, a.title, cast(a.published as text), a.source "
                        + "from article a where a.id = a.canonical_id and a.id in "
                        + "(select article_id from mention where entity_id = :entity) "
                        + "order by a.published desc nulls last, a.cataloged_at desc limit :limit")
                .setParameter("entity", entityId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Naming((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }
}
