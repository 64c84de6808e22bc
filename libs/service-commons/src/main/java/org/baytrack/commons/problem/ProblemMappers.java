package org.baytrack.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error a Baytrack API returns is application/problem+json. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.response(e.status(), e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.response(400, "Malformed JSON",
                "The request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at this path. See /q/openapi for the API.";
            case 405 -> "This path does not accept that method. See /q/openapi for the API.";
            case 415 -> "Unsupported media type. See /q/openapi for the content types each path accepts.";
            case 406 -> "None of the media types in Accept can be produced here.";
            default -> e.getMessage();
        };
        return Problem.response(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), detail);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error while serving a request", e);
        return Problem.response(500, "Internal Server Error",
                "The service failed unexpectedly; the error is logged. Try again, or report it if it persists.");
    }
}
