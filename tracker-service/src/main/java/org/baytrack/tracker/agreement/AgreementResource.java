package org.baytrack.tracker.agreement;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.tracker.entity.EntityDirectory;
import org.baytrack.tracker.entity.KnownEntity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;

@Path("/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Signed agreements, their parties and progress over time")
public class AgreementResource {
    @Inject
    EntityDirectory entities;

    @GET
    @Operation(summary = "Every signed agreement", description = "Most recently reported first.")
    @APIResponse(responseCode = "200", description = "The agreements")
    public List<AgreementView> list() {
        return views(TrackedAgreement.list("order by lastPublished desc nulls last, id"));
    }

    /** The agreements whose reports name this project, most recently reported first. */
    public List<AgreementView> ofProject(String projectId) {
        List<TrackedAgreement> agreements = TrackedAgreement.<TrackedAgreement>list("order by lastPublished desc nulls last, id").stream()
                .filter(a -> a.projects != null && a.projects.contains(projectId)).toList();
        return views(agreements);
    }

    private List<AgreementView> views(List<TrackedAgreement> agreements) {
        Map<String, KnownEntity> parties = entities.byIds(agreements.stream()
                .flatMap(a -> a.parties.stream()).distinct().toList());
        return agreements.stream().map(a -> view(a, parties)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One agreement", description = "Its terms, its progress figures over time and every report.")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = "application/problem+json"))
    public AgreementDetail get(@PathParam("id") String id) {
        TrackedAgreement a = TrackedAgreement.findById(id);
        if (a == null) {
            throw ProblemException.notFound("No agreement has id '" + id + "'. GET /agreements lists them.");
        }
        List<AgreementEvidence> reports = AgreementEvidence.list("agreementId = ?1 order by published, id", id);
        return new AgreementDetail(view(a, entities.byIds(a.parties)),
                reports.stream().filter(e -> e.items != null || e.done != null)
                        .map(e -> new AgreementDetail.Progress(e.published, e.items, e.done, e.articleId, e.source))
                        .toList(),
                reports.stream()
                        .map(e -> new AgreementDetail.Evidence(e.articleId, e.source, e.published, e.title, e.sentence))
                        .toList());
    }

    private static AgreementView view(TrackedAgreement a, Map<String, KnownEntity> known) {
        return new AgreementView(a.id, a.title, parties(a.parties, known), a.signed, a.fields, a.count, a.status,
                a.items, a.done, a.firstPublished, a.lastPublished);
    }

    private static List<AgreementView.Party> parties(Collection<String> ids, Map<String, KnownEntity> known) {
        return ids.stream().map(p -> {
            KnownEntity e = known.get(p);
            return e == null ? new AgreementView.Party(null, p, null, false)
                    : new AgreementView.Party(e.id, e.name, e.nameEn, true);
        }).toList();
    }
}
