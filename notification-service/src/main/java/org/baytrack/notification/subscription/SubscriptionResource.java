package org.baytrack.notification.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.baytrack.commons.problem.Problem;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.commons.request.ControlCharacters;
import org.baytrack.commons.access.KeyNeeded;
import org.baytrack.commons.access.Scope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("/subscriptions")
@KeyNeeded(Scope.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityRequirement(name = "apiKey")
public class SubscriptionResource {
    @Inject
    SubscriptionService subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to project-status alerts",
            description = "Body: {\"projects\": [\"huangmaohai-passage\"] or [\"*\"], \"kinds\": [...] (default all), "
                    + "\"historical\": false, a channel: \"webhook\": {\"url\", \"secret\"} or \"email\", or "
                    + "neither for the public stream only, and an optional \"contact\" e-mail told if the subscription "
                    + "is disabled. A webhook secret left out is generated and returned once. The same subscription "
                    + "twice answers 409 with the existing id, or 200 with it when the Idempotency-Key was used before.")
    public Response create(@RequestBody(description = "The subscription") JsonNode body,
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @jakarta.ws.rs.core.Context UriInfo uri) {
        refuseControlCharacters(body);
        var created = subscriptions.create(body, idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey);
        SubscriptionView view = created.subscription();
        URI location = uri.getAbsolutePathBuilder().path(view.id()).build();
        return switch (created.outcome()) {
            case CREATED -> Response.created(location).entity(view).build();
            case REPLAYED -> Response.ok(view).location(location).build();
            case DUPLICATE -> {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", "about:blank");
                problem.put("title", "Already subscribed");
                problem.put("status", 409);
                problem.put("detail", "Subscription " + view.id() + " already sends these projects and kinds to this "
                        + view.channel() + "; change it with PATCH " + location.getPath() + " instead of subscribing again.");
                problem.put("existingId", view.id());
                yield Response.status(409).type(Problem.MEDIA_TYPE).location(location).entity(problem).build();
            }
        };
    }

    @POST
    @Path("/{id}/secret/rotate")
    @Operation(summary = "A new webhook secret",
            description = "Answers the new secret once. For 24 h deliveries carry a signature with the new secret and "
                    + "one with the old, so a receiver can switch at any time in between.")
    public SubscriptionService.Rotated rotateSecret(@PathParam("id") String id) {
        return subscriptions.rotateSecret(id);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Turn a disabled subscription back on")
    public SubscriptionView enable(@PathParam("id") String id) {
        return subscriptions.enable(id);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A subscription")
    public SubscriptionView get(@PathParam("id") String id) {
        return subscriptions.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a subscription (JSON merge patch: null removes a field)")
    public SubscriptionView patch(@PathParam("id") String id, JsonNode patch) {
        refuseControlCharacters(patch);
        return subscriptions.patch(id, patch);
    }

    private static void refuseControlCharacters(JsonNode body) {
        String found = ControlCharacters.describe(body);
        if (found != null) {
            throw ProblemException.badRequest(Character.toUpperCase(found.charAt(0)) + found.substring(1));
        }
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe; its delivery log goes with it")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }
}
