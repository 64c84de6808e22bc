package org.baytrack.runner.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baytrack.runner.probe.RawHttp.Answer;

import java.io.IOException;
import java.util.regex.Pattern;

/** Whether one answer is sound: the problem with it, or null when there is none. */
final class ProbeVerdict {
    /** A Java class or package name, or stack-trace text: a body must show nothing of the service's insides. */
    static final Pattern INSIDES = Pattern.compile("\\b(?:java|javax|jakarta|org|com|io|sun)\\.[a-z]+\\.[A-Za-z.$]+"
            + "|Exception\\b|\\bat [a-z]+\\.[\\w.$]+\\(");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbeVerdict() {
    }

    static String judge(ProbeCase c, Answer a) {
        if (a.status() == 0) {
            return "no HTTP answer in time";
        }
        if (a.status() >= 500) {
            return "server error " + a.status();
        }
        var insides = INSIDES.matcher(a.body());
        if (insides.find()) {
            return "the body shows the service's insides: '" + insides.group() + "'";
        }
        if (c.noCors() && !a.header("Access-Control-Allow-Origin").isEmpty()) {
            return "a foreign origin is granted: Access-Control-Allow-Origin " + a.header("Access-Control-Allow-Origin");
        }
        if (c.status() != 0 && a.status() != c.status()) {
            return "expected " + c.status() + ", got " + a.status();
        }
        if (a.status() >= 400 && c.htmlPage() && a.header("Content-Type").startsWith("text/html")) {
            return a.body().isBlank() ? a.status() + " page with an empty body" : null;
        }
        if (a.status() >= 400) {
            return problem(a);
        }
        if (a.status() / 100 == 2) {
            if (c.ok2xx() == null) {
                return "accepted with " + a.status() + ": a bad input passed silently";
            }
            if (c.answer() != null && !Pattern.compile(c.answer()).matcher(a.body()).find()) {
                return "the " + a.status() + " answer does not say /" + c.answer() + "/";
            }
            return null;
        }
        return c.status() != 0 ? null : "unexpected " + a.status();
    }

    /** Why a 4xx body is not a problem a person can act on, or null when it is one. */
    private static String problem(Answer a) {
        String type = a.header("Content-Type");
        if (!type.startsWith("application/problem+json")) {
            return a.status() + " with content type '" + type + "' instead of application/problem+json"
                    + (a.body().isBlank() ? " and an empty body" : "");
        }
        try {
            JsonNode detail = JSON.readTree(a.body()).get("detail");
            return detail != null && detail.isTextual() && !detail.asText().isBlank() ? null
                    : a.status() + " problem without a detail";
        } catch (IOException e) {
            return a.status() + " problem body that is not JSON";
        }
    }
}
