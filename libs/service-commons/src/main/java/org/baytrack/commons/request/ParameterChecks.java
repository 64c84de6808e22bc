package org.baytrack.commons.request;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.baytrack.commons.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Refuses a control character in any path or query parameter before a resource or the database sees it. */
public class ParameterChecks {
    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(UriInfo uri) {
        String found = describe("path parameter", uri.getPathParameters(true));
        if (found == null) {
            found = describe("query parameter", uri.getQueryParameters(true));
        }
        return found == null ? Optional.empty() : Optional.of(Problem.response(400, "Bad request", found));
    }

    private static String describe(String kind, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (ControlCharacters.first(name, false) >= 0) {
                return ControlCharacters.describe("The name of a " + kind + " ('" + Inputs.printable(name) + "')",
                        name, false);
            }
            for (String value : parameter.getValue()) {
                if (value.indexOf('\uFFFD') >= 0) {
                    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " '" + name + "' holds "
                            + "percent-encoded bytes that are not UTF-8; percent-encode its UTF-8 bytes.";
                }
                String found = ControlCharacters.describe(kind + " '" + name + "'", value, false);
                if (found != null) {
                    return Character.toUpperCase(found.charAt(0)) + found.substring(1);
                }
            }
        }
        return null;
    }
}
