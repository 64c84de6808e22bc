package org.baytrack.notification.delivery;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.commons.access.KeyNeeded;
import org.baytrack.commons.access.Scope;
import org.baytrack.commons.request.Inputs;
import org.baytrack.notification.subscription.SubscriptionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A subscription's delivery log, under the subscription's path; here, so subscriptions need not know deliveries. */
@Path("/subscriptions/{id}/deliveries")
@KeyNeeded(Scope.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
@SecurityRequirement(name = "apiKey")
public class SubscriptionDeliveriesResource {
    @Inject
    SubscriptionService subscriptions;
    @Inject
    DeliveryLog log;

    @GET
    @Operation(summary = "The subscription's delivery log, newest first: status, attempts, last error, next attempt")
    public List<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("status") String status,
                                         @QueryParam("limit") String limit) {
        int max = Inputs.integer("limit", limit, 100, 1, 1000);
        subscriptions.find(id);
        return log.forSubscription(id, status, max);
    }
}
