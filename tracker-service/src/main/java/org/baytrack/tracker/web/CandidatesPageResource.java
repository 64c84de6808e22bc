package org.baytrack.tracker.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.baytrack.commons.request.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Project-like names the catalog found but nobody registered, and the one action on them: registering one, which
 * this server relays to the catalog's {@code POST /entities}. A key typed into the form is relayed once as a bearer
 * token and kept nowhere.
 */
@Path("/candidates")
@WebPage
public class CandidatesPageResource {
    private static final Logger LOG = Logger.getLogger(CandidatesPageResource.class);
    static final int LIMIT = 50;
    /** The count of articles a registration re-analysed, as the redirect after it states; far above any catalog. */
    static final int MAX_ARTICLES = 100_000_000;

    @Inject
    CatalogClient catalog;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The candidates page", description = "Unregistered project-like names with their mentions "
            + "and claimed milestones, read from the catalog, each with a form that registers it.")
    public Response page(@QueryParam("lang") String lang, @QueryParam("registered") String registered,
                         @QueryParam("articles") String articles) {
        Messages msg = Messages.of(lang);
        String id = registered != null && ArticlePageResource.ID.matcher(registered).matches() ? registered : null;
        return render(msg, id, Inputs.integer("articles", articles, 0, 0, MAX_ARTICLES), null, Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Register a candidate as a project", description = "Form fields id, name, nameHant, nameEn, "
            + "key (optional, relayed to the catalog as a bearer token, never stored), lang. Answers 303 to the "
            + "candidates page, which names the new project.")
    public Response register(@FormParam("id") String id, @FormParam("name") String name,
                             @FormParam("nameHant") String nameHant, @FormParam("nameEn") String nameEn,
                             @FormParam("key") String key, @FormParam("lang") String lang,
                             @HeaderParam("Origin") String origin, @HeaderParam("Host") String host,
                             @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        Messages msg = Messages.of(lang);
        // a form posted from another site would register in the name of whoever opened it
        if (!sameOrigin(fetchSite, origin, host)) {
            return render(msg, null, 0, msg.get("cand_crossSite"), Response.Status.FORBIDDEN);
        }
        String cleanId = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (name == null || name.isBlank()) {
            return render(msg, null, 0, msg.get("cand_refused") + " " + msg.get("cand_name"),
                    Response.Status.BAD_REQUEST);
        }
        CatalogClient.Registration r;
        try {
            r = catalog.registerProject(cleanId, name.strip(), nameHant, nameEn, key);
        } catch (CatalogClient.Unavailable e) {
            LOG.warnf("Registering %s: %s", cleanId, e.getMessage());
            return unavailable(msg);
        }
        if (!r.registered()) {
            return render(msg, null, 0, refusal(r, key, msg), Response.Status.fromStatusCode(r.status()));
        }
        String back = Links.candidates(msg.lang());
        URI to = URI.create(back + (back.contains("?") ? "&" : "?") + "registered=" + cleanId + "&articles="
                + r.reresolvedArticles());
        return Response.seeOther(to).build();
    }

    /** The catalog's reason, except for a key it refused, which the page words for someone at a form. */
    static String refusal(CatalogClient.Registration r, String key, Messages msg) {
        return switch (r.status()) {
            case 401 -> msg.get(key == null || key.isBlank() ? "cand_keyMissing" : "cand_keyUnknown");
            case 403 -> msg.get("cand_keyScope");
            default -> msg.get("cand_refused") + " " + r.detail();
        };
    }

    private Response render(Messages msg, String registered, int articles, String error, Response.Status status) {
        List<CatalogClient.Candidate> candidates;
        try {
            candidates = catalog.candidates(LIMIT);
        } catch (CatalogClient.Unavailable e) {
            LOG.warnf("Candidates page: %s", e.getMessage());
            return unavailable(msg);
        }
        var page = CandidatesPage.build(candidates, registered, articles, error, msg);
        return Response.status(status).entity(Pages.candidates(page, msg.strings()).render()).build();
    }

    private static Response unavailable(Messages msg) {
        return Response.status(Response.Status.BAD_GATEWAY).entity(Pages.problem(msg.get("catalogUnavailableTitle"),
                msg.get("catalogUnavailableText"), "", Links.board(msg.lang()), msg.lang(), msg.strings()).render())
                .build();
    }

    /**
     * Whether the form was posted from this site. Browsers say so in {@code Sec-Fetch-Site}; older ones send
     * {@code Origin}, which the pages' {@code Referrer-Policy: no-referrer} turns into {@code null}, so that counts
     * only when the fetch metadata is missing. A request with neither (curl) is no cross-site form.
     */
    static boolean sameOrigin(String fetchSite, String origin, String host) {
        if (fetchSite != null && !fetchSite.isBlank()) {
            return fetchSite.strip().equals("same-origin");
        }
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI o = URI.create(origin.strip());
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
