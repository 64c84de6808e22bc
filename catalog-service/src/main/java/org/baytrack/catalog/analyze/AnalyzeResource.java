package org.baytrack.catalog.analyze;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.analysis.json.AnalysisJson;
import org.baytrack.catalog.entity.EntityRegistry;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.commons.request.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/analyze")
@Tag(name = "Analyze", description = "Try the extraction on a text; nothing is stored or published")
public class AnalyzeResource {
    static final int MAX_CHARS = 1_000_000;

    @Inject
    EntityRegistry registry;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What would be extracted from a text", description = "Runs the analysis the catalog runs on "
            + "every document, with every entity registered now, and returns the analysis JSON contract: title, "
            + "published, source, language, script, cleaned text, mentions, milestones and agreements.")
    @APIResponse(responseCode = "200", description = "The analysis")
    @APIResponse(responseCode = "400", description = "No text, or a publication date not in the form YYYY-MM-DD",
            content = @Content(mediaType = "application/problem+json"))
    public ObjectNode analyze(AnalyzeRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.badRequest("Send JSON {\"text\": \"…\", \"published\": \"YYYY-MM-DD\"} with a "
                    + "non-empty text; published is optional.");
        }
        if (request.text().length() > MAX_CHARS) {
            throw ProblemException.badRequest("The text has " + request.text().length() + " characters; send at most "
                    + MAX_CHARS + ".");
        }
        LocalDate published = Inputs.date("published", request.published());
        ObjectNode json = AnalysisJson.toJson(null, registry.analyzer().analyzeText(request.text(), published));
        json.remove("file");
        return json;
    }
}
