package org.baytrack.catalog.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.commons.request.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    /** Twenty articles a page; past this the offset is no longer a page anyone reads. */
    static final int MAX_PAGE = 10_000;

    @Inject
    ArticleSearch search;
    @Inject
    MentionStore mentions;

    @GET
    @Operation(summary = "Search canonical articles: q (Chinese or English text, either script), entity id, "
            + "document id (the canonical article a document became, once cataloged), published from/to "
            + "(YYYY-MM-DD), page (20 a page, from 0)")
    public List<ArticleView.Summary> list(@QueryParam("q") String q, @QueryParam("entity") String entity,
                                          @QueryParam("document") String document,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("page") String page) {
        return search.search(new ArticleSearch.Filter(q, entity, document, Inputs.date("from", from),
                Inputs.date("to", to)), Inputs.integer("page", page, 0, 0, MAX_PAGE));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its text, sentences, variants (reprints) and entity mentions")
    public ArticleView get(@PathParam("id") String id) {
        ArticleRecord a = ArticleRecord.findById(id);
        if (a == null) {
            throw ProblemException.notFound("No article with id " + id + ". GET /articles searches them.");
        }
        List<ArticleView.Variant> variants = ArticleRecord.<ArticleRecord>list("canonicalId = ?1 order by catalogedAt, id",
                a.canonicalId).stream().map(v -> new ArticleView.Variant(v.id, v.documentId, v.source, v.url, v.script)).toList();
        return new ArticleView(a.id, a.canonicalId, a.documentId, a.revision, a.title, a.published, a.source, a.url,
                a.language, a.script, a.text, a.originalText, a.sentences, variants, mentions.ofArticle(id));
    }
}
