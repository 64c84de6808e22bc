package org.baytrack.catalog.candidate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.commons.request.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/** Names that look like projects (…高铁, …大桥, …通道) but are not registered, most mentioned first. */
@Path("/entities/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {
    /** Claims shown per name: enough to see a project's story before registering it, not its whole archive. */
    static final int CLAIMS_PER_NAME = 20;

    @Inject
    CandidateSightings sightings;
    @Inject
    CandidateClaims claims;

    /** {@code nameHant}: the name turned Traditional, a suggestion for its registration. */
    public record CandidateView(String name, String nameHant, long articles, List<String> examples,
                                List<CandidateClaims.Claim> claims) {
    }

    @GET
    @Operation(summary = "Unregistered project-like names with counts, example sentences and the milestones claimed for them")
    public List<CandidateView> list(@QueryParam("limit") String limitParam) {
        int limit = Inputs.integer("limit", limitParam, 50, 1, 500);
        List<CandidateSightings.Sighted> names = sightings.unregistered(limit);
        Map<String, List<CandidateClaims.Claim>> claimed = claims.of(names.stream().map(CandidateSightings.Sighted::name)
                .toList(), CLAIMS_PER_NAME);
        return names.stream().map(n -> new CandidateView(n.name(), ScriptConverter.get().toTraditional(n.name()),
                n.count(), n.examples(), claimed.getOrDefault(n.name(), List.of()))).toList();
    }
}
