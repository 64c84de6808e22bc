package org.baytrack.catalog.entity;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.catalog.article.ArticleStore;
import org.baytrack.catalog.article.MentionStore;
import org.baytrack.commons.access.KeyNeeded;
import org.baytrack.commons.access.Scope;
import org.baytrack.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {
    @Inject
    EntityRegistry registry;
    @Inject
    Reresolution reresolution;
    @Inject
    MentionStore mentions;
    @Inject
    ArticleStore articles;

    @GET
    @Operation(summary = "Canonical entities, optionally of one type (project, place, organisation, agreement)")
    public List<EntityView> list(@QueryParam("type") String type) {
        if (type != null && !EntityRules.TYPES.contains(type)) {
            throw ProblemException.badRequest("type must be one of project, place, organisation, agreement.");
        }
        List<RegisteredEntity> rows = type == null ? RegisteredEntity.list("order by type, id")
                : RegisteredEntity.list("type = ?1 order by id", type);
        return rows.stream().map(r -> view(r, null, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity with its aliases, mention count and latest articles")
    public EntityView get(@PathParam("id") String id) {
        RegisteredEntity row = RegisteredEntity.findById(id);
        if (row == null) {
            throw ProblemException.notFound("No entity with id " + id + ". GET /entities lists them.");
        }
        return view(row, mentions.countOfEntity(id), articles.latestNaming(id, 10).stream()
                .map(a -> new EntityView.LatestArticle(a.id(), a.title(), a.published(), a.source())).toList());
    }

    @POST
    @KeyNeeded(Scope.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a new entity; stored articles that name it are resolved again")
    public Response register(EntityRegistration registration) {
        Entity entity = registry.register(registration);
        registry.reload();
        List<String> reresolved = reresolution.reresolve(entity);
        return Response.created(URI.create("/entities/" + entity.id()))
                .entity(Map.of("entity", entity, "reresolvedArticles", reresolved))
                .build();
    }

    @DELETE
    @KeyNeeded(Scope.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete an entity registered through the API; followers forget it (gazetteer entities: 409)")
    public Response delete(@PathParam("id") String id) {
        registry.remove(id);
        registry.reload();
        return Response.noContent().build();
    }

    private static EntityView view(RegisteredEntity r, Long mentions, List<EntityView.LatestArticle> latest) {
        return new EntityView(r.id, r.type, r.name, r.nameHant, r.nameEn,
                r.aliases == null ? List.of() : Arrays.asList(r.aliases), r.origin, mentions, latest);
    }
}
