package org.baytrack.notification.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import org.baytrack.notification.delivery.DeliveryLog;
import org.baytrack.notification.delivery.DeliveryView;
import java.util.List;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.baytrack.notification.config.ApiKeyRequired;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/subscriptions")
@ApiKeyRequired
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityRequirement(name = "apiKey")
public class SubscriptionResource {
    @Inject
    SubscriptionService subscriptions;
    @Inject
    DeliveryLog deliveryLog;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to project-status alerts",
            description = "Body: {\"projects\": [\"huangmaohai-passage\"] or [\"*\"], \"kinds\": [...] (default all), "
                    + "\"historical\": false, and a channel: \"webhook\": {\"url\", \"secret\"} or \"email\", or "
                    + "neither for the public stream only. A webhook secret left out is generated and returned once.")
    public RestResponse<SubscriptionView> create(
            @RequestBody(description = "The subscription") JsonNode body, @jakarta.ws.rs.core.Context UriInfo uri) {
        SubscriptionView created = subscriptions.create(body);
        return RestResponse.ResponseBuilder.<SubscriptionView>create(Response.Status.CREATED, created)
                .location(uri.getAbsolutePathBuilder().path(created.id()).build())
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A subscription")
    public SubscriptionView get(@PathParam("id") String id) {
        return subscriptions.get(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, newest first: status, attempts, last error, next attempt")
    public List<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("status") String status,
                                         @QueryParam("limit") @DefaultValue("100") int limit) {
        subscriptions.find(id);
        return deliveryLog.forSubscription(id, status, limit);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change a subscription (JSON merge patch: null removes a field)")
    public SubscriptionView patch(@PathParam("id") String id, JsonNode patch) {
        return subscriptions.patch(id, patch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe; its delivery log goes with it")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }
}
