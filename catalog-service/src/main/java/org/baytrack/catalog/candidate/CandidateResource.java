package org.baytrack.catalog.candidate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;
import java.util.List;

/** Names that look like projects (…高铁, …大桥, …通道) but are not registered, most mentioned first. */
@Path("/entities/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {
    @Inject
    EntityManager em;

    public record CandidateView(String name, long articles, List<String> examples) {
    }

    @GET
    @Operation(summary = "Unregistered project-like names with counts and example sentences")
    @SuppressWarnings("unchecked")
    public List<CandidateView> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        List<Object[]> rows = em.createNativeQuery("select c.name, count(*), "
                        + "(array_agg(c.sentence order by c.seen_at desc))[1:3] from candidate_sighting c "
                        + "where not exists (select 1 from entity e where e.name = c.name or c.name = any (e.aliases)) "
                        + "group by c.name order by count(*) desc, c.name limit ?1")
                .setParameter(1, Math.max(1, Math.min(limit, 500))).getResultList();
        return rows.stream().map(r -> new CandidateView((String) r[0], ((Number) r[1]).longValue(),
                Arrays.asList((String[]) r[2]))).toList();
    }
}
