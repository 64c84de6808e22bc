package org.baytrack.notification.unsubscribe;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.baytrack.commons.access.NoKey;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link in every alert's {@code List-Unsubscribe}. The token is the credential, so no API key is asked for.
 * Only POST unsubscribes: link scanners and prefetchers GET every URL in a message (RFC 8058).
 */
@Path("/unsubscribe/{token}")
@NoKey
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Tag(name = "Unsubscribe")
public class UnsubscribeResource {
    @Inject
    EmailUnsubscribe unsubscribe;

    @GET
    @Operation(summary = "The confirmation page of an alert e-mail's unsubscribe link")
    public Response page(@PathParam("token") String token) {
        return unsubscribe.state(token)
                .map(s -> Response.ok(s.subscribed() ? UnsubscribePage.confirm(s.address()) : UnsubscribePage.done()))
                .orElseGet(UnsubscribeResource::unknown).build();
    }

    @POST
    @Operation(summary = "One-click unsubscribe (RFC 8058)",
            description = "Mail clients send the form body List-Unsubscribe=One-Click; any body is accepted. "
                    + "Stops the subscription's e-mail alerts and drops those not sent yet.")
    public Response oneClick(@PathParam("token") String token) {
        return unsubscribe.unsubscribe(token).map(s -> Response.ok(UnsubscribePage.done()))
                .orElseGet(UnsubscribeResource::unknown).build();
    }

    private static Response.ResponseBuilder unknown() {
        return Response.status(404).entity(UnsubscribePage.unknown());
    }
}
