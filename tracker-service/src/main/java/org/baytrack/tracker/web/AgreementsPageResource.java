package org.baytrack.tracker.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.baytrack.tracker.agreement.AgreementEvidence;
import org.baytrack.tracker.agreement.AgreementResource;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The agreements page, at the address of the JSON list: a browser asks for HTML, API clients for JSON. */
@Path("/agreements")
@WebPage
public class AgreementsPageResource {
    @Inject
    AgreementResource agreements;

    @GET
    // below JSON in the server's preference, so a client accepting anything (curl) keeps getting JSON
    @Produces("text/html;qs=0.5")
    @Operation(summary = "The agreements as a web page", description = "Each agreement's parties, signing date, "
            + "fields, count, progress over time and the reports stating it. Served when the client asks for "
            + "text/html; JSON stays the default.")
    public String page(@QueryParam("lang") String lang) {
        Messages msg = Messages.of(lang);
        Map<String, List<AgreementsPage.Source>> sources = AgreementEvidence.<AgreementEvidence>list(
                        "order by published, id").stream()
                .collect(Collectors.groupingBy(e -> e.agreementId, Collectors.mapping(e -> new AgreementsPage.Source(
                        e.published, e.source, e.title, e.url, e.sentence, e.items, e.done, e.originalSentence,
                        e.articleId), Collectors.toList())));
        var page = AgreementsPage.build(agreements.list(), sources, msg);
        return Pages.agreements(page, msg.strings()).render();
    }
}
