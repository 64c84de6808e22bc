package org.baytrack.tracker.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.baytrack.tracker.agreement.AgreementEvidence;
import org.baytrack.tracker.milestone.MilestoneEvidence;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** One article as the catalog cleaned it, with the sentences the tracker took as evidence marked. */
@Path("/articles")
@WebPage
public class ArticlePageResource {
    private static final Logger LOG = Logger.getLogger(ArticlePageResource.class);
    /** Article ids are the catalog's (art-…); anything else is no article, and never reaches the catalog's URL. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    @Inject
    CatalogClient catalog;

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "An article's page", description = "The cleaned text (read from the catalog), the sentences "
            + "taken as evidence marked, and the text as written beside it when its script is Traditional.")
    public Response page(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Messages msg = Messages.of(lang);
        Optional<CatalogClient.Article> article;
        try {
            article = ID.matcher(id).matches() ? catalog.article(id) : Optional.empty();
        } catch (CatalogClient.Unavailable e) {
            LOG.warnf("Article page %s: %s", id, e.getMessage());
            return Response.status(Response.Status.BAD_GATEWAY).entity(Pages.problem(msg.get("catalogUnavailableTitle"),
                    msg.get("catalogUnavailableText"), "", Links.board(msg.lang()), msg.lang(), msg.strings()).render())
                    .build();
        }
        if (article.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).entity(Pages.problem(msg.get("articleNotFoundTitle"),
                    msg.get("articleNotFoundText"), id, Links.board(msg.lang()), msg.lang(), msg.strings()).render())
                    .build();
        }
        var a = article.get();
        return Response.ok(Pages.article(ArticlePage.build(a, evidence(a), msg), msg.strings()).render()).build();
    }

    /** The sentences kept as evidence from this article or its story (a reprint's evidence is the story's). */
    static Set<String> evidence(CatalogClient.Article a) {
        String story = a.canonicalId() == null ? a.id() : a.canonicalId();
        Set<String> sentences = new HashSet<>();
        MilestoneEvidence.<MilestoneEvidence>list("articleId = ?1 or storyId = ?2", a.id(), story)
                .forEach(e -> sentences.add(e.sentence));
        AgreementEvidence.<AgreementEvidence>list("articleId = ?1 or storyId = ?2", a.id(), story)
                .forEach(e -> sentences.add(e.sentence));
        return sentences;
    }
}
