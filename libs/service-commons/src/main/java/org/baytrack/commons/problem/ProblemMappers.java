package org.baytrack.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a Baytrack API returns is application/problem+json. The caller's mistakes are logged at DEBUG in one
 * line; only the service's own failures are logged as errors with their stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        LOG.debugf("Refused a request (%d): %s", e.status(), e.getMessage());
        return Problem.response(e.status(), e.title(), e.getMessage());
    }

    // Quarkus maps the more specific Jackson types itself, with an empty body; naming them here takes precedence.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            StreamConstraintsException.class})
    public Response malformedJson(JsonProcessingException e) {
        String detail = JsonProblems.detail(e);
        LOG.debugf("Refused a JSON body (400): %s", detail);
        return Problem.response(400, "Malformed JSON", detail);
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
            case 413 -> "The request body is too large.";
            case 400 -> "The request could not be read; see /q/openapi for what this path accepts.";
            default -> e.getMessage();
        };
        if (status >= 500) {
            LOG.error("Unexpected error while serving a request", e);
        } else {
            LOG.debugf("Refused a request (%d): %s", status, e.getMessage());
        }
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
