package org.baytrack.catalog.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.analysis.gazetteer.Mention;

import java.util.List;

/** The SQL of table {@code mention}: where each article names each entity. Inside the caller's transaction. */
@ApplicationScoped
public class MentionStore {
    /** Rows per multi-row insert: well under PostgreSQL's 32767 bind parameters at 6 per row. */
    static final int ROWS_PER_STATEMENT = 1000;

    @Inject
    EntityManager em;

    /** The article's mentions, in a statement per thousand rather than one each (a database round trip each). */
    public void add(String articleId, List<Mention> mentions) {
        for (int from = 0; from < mentions.size(); from += ROWS_PER_STATEMENT) {
            insert(articleId, mentions.subList(from, Math.min(mentions.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    public void deleteOfArticle(String articleId) {
        em.createNativeQuery("delete from mention where article_id = :article").setParameter("article", articleId)
                .executeUpdate();
    }

    public void deleteOfEntity(String entityId) {
        em.createNativeQuery("delete from mention where entity_id = :entity").setParameter("entity", entityId)
                .executeUpdate();
    }

    public long countOfEntity(String entityId) {
        return ((Number) em.createNativeQuery("select count(*) from mention where entity_id = :entity")
                .setParameter("entity", entityId).getSingleResult()).longValue();
    }

    /** The article's mentions in text order. */
    @SuppressWarnings("unchecked")
    public List<ArticleView.MentionView> ofArticle(String articleId) {
        List<Object[]> rows = em.createNativeQuery("select entity_id, type, text, start_offset, end_offset, sentence "
                + "from mention where article_id = :article order by start_offset")
                .setParameter("article", articleId).getResultList();
        return rows.stream().map(m -> new ArticleView.MentionView((String) m[0], (String) m[1], (String) m[2],
                ((Number) m[3]).intValue(), ((Number) m[4]).intValue(), ((Number) m[5]).intValue())).toList();
    }

    /** Row i binds {@code :entity<i>}, {@code :type<i>}, …: every value is bound by name to its own column. */
    private void insert(String articleId, List<Mention> mentions) {
        StringBuilder sql = new StringBuilder("insert into mention (article_id, entity_id, type, text, start_offset, "
                + "end_offset, sentence) values ");
        for (int i = 0; i < mentions.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:article, :entity").append(i).append(", :type").append(i)
                    .append(", :text").append(i).append(", :start").append(i).append(", :end").append(i)
                    .append(", :sentence").append(i).append(')');
        }
        var insert = em.createNativeQuery(sql.toString()).setParameter("article", articleId);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            insert.setParameter("entity" + i, m.entity()).setParameter("type" + i, m.type())
                    .setParameter("text" + i, m.text()).setParameter("start" + i, m.start())
                    .setParameter("end" + i, m.end()).setParameter("sentence" + i, m.sentence());
        }
        insert.executeUpdate();
    }
}
