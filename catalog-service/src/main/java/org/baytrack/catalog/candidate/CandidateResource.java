package org.baytrack.catalog.candidate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.commons.request.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Names that look like projects (…高铁, …大桥, …通道) but are not registered, most mentioned first. */
@Path("/entities/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {
    /** Claims shown per name: enough to see a project's story before registering it, not its whole archive. */
    static final int CLAIMS_PER_NAME = 20;

    @Inject
    EntityManager em;
    @Inject
    CandidateClaims claims;

    /** {@code nameHant}: the name turned Traditional, a suggestion for its registration. */
    public record CandidateView(String name, String nameHant, long articles, List<String> examples,
                                List<CandidateClaims.Claim> claims) {
    }

    @GET
    @Operation(summary = "Unregistered project-like names with counts, example sentences and the milestones claimed for them")
    @SuppressWarnings("unchecked")
    public List<CandidateView> list(@QueryParam("limit") String limitParam) {
        int limit = Inputs.integer("limit", limitParam, 50, 1, 500);
        List<Object[]> rows = em.createNativeQuery("select c.name, count(*), "
                        + "(array_agg(c.sentence order by c.seen_at desc))[1:3] from candidate_sighting c "
                        + "where not exists (select 1 from entity e where e.name = c.name or c.name = any (e.aliases)) "
                        + "group by c.name order by count(*) desc, c.name limit ?1")
                .setParameter(1, limit).getResultList();
        Map<String, List<CandidateClaims.Claim>> claimed = claims.of(rows.stream().map(r -> (String) r[0]).toList(),
                CLAIMS_PER_NAME);
        return rows.stream().map(r -> new CandidateView((String) r[0],
                ScriptConverter.get().toTraditional((String) r[0]), ((Number) r[1]).longValue(),
                Arrays.asList((String[]) r[2]), claimed.getOrDefault((String) r[0], List.of()))).toList();
    }
}
