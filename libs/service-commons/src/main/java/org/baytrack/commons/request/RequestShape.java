package org.baytrack.commons.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is wrong with a request's URI or headers before any resource reads them, said so the caller can fix it, or
 * null. Vert.x and Quarkus would answer both with an empty 400 before our code runs, so the services start with
 * their own checks off ({@code vertx.disableURIValidation}, {@code vertx.disableHttpHeadersValidation}) and make
 * these instead.
 */
public final class RequestShape {
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    /** RFC 9110's token characters, the only ones a header name may have. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private RequestShape() {
    }

    public static String uriProblem(String uri) {
        if (BAD_ESCAPE.matcher(uri).find()) {
            return "The request URI has a '%' that is not followed by two hexadecimal digits; write a literal '%' "
                    + "as %25 and percent-encode other bytes as %XX.";
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            return "The request URI is not valid: " + e.getReason().toLowerCase(java.util.Locale.ROOT) + " at index "
                    + e.getIndex() + "; percent-encode that character.";
        }
    }

    /** Header values are never quoted back: one may be a key. A tab is allowed in values, as HTTP allows it. */
    public static String headerProblem(Iterable<Map.Entry<String, String>> headers) {
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey();
            int c = ControlCharacters.first(name, false);
            if (c >= 0) {
                return "A header name contains the control character " + String.format("U+%04X", c) + "; remove it.";
            }
            if (!TOKEN.matcher(name).matches()) {
                return "The header name '" + Inputs.printable(name) + "' holds a character header names may not have; "
                        + "use letters, digits and - only.";
            }
            String value = header.getValue();
            for (int i = 0; i < value.length(); i++) {
                char v = value.charAt(i);
                if (ControlCharacters.isControl(v) && v != '\t') {
                    return "Header '" + Inputs.printable(name) + "' contains the control character "
                            + String.format("U+%04X", (int) v) + "; remove it.";
                }
            }
        }
        return null;
    }
}
