package org.baytrack.notification.delivery;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.baytrack.commons.access.KeyNeeded;
import org.baytrack.commons.access.Scope;
import org.baytrack.commons.request.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deliveries")
@KeyNeeded(Scope.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
@SecurityRequirement(name = "apiKey")
public class DeliveryResource {
    @Inject
    DeliveryLog log;

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery: status, attempts, last error, next attempt")
    public DeliveryView get(@PathParam("id") String id) {
        return log.get(Inputs.whole("id", id, 1, Long.MAX_VALUE));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Requeue a dead-lettered delivery with a fresh retry period")
    public Response retry(@PathParam("id") String id) {
        return Response.accepted(log.retry(Inputs.whole("id", id, 1, Long.MAX_VALUE))).build();
    }
}
