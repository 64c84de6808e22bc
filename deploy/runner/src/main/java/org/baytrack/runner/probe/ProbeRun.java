package org.baytrack.runner.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.probe.RawHttp.Answer;
import org.baytrack.runner.stack.Service;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Sends every probe case to a running stack, judges each answer and removes whatever a case created. */
public final class ProbeRun {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** A bearer key of the right shape that no stack issues. */
    private static final String UNKNOWN_KEY = "probe-key-of-no-stack-0000000000";

    /** One case and how it went; {@code problem} is null when the answer was sound. */
    public record Result(String kind, String name, String request, int status, String problem, String why2xx) {
        public boolean finding() {
            return problem != null;
        }
    }

    private final Endpoints endpoints;
    private final BaytrackClient client;

    public ProbeRun(Endpoints endpoints) {
        this.endpoints = endpoints;
        this.client = new BaytrackClient(endpoints);
    }

    /** Every case in the order of the cases file, each reported to {@code progress} as it is judged. */
    public List<Result> run(Consumer<Result> progress) {
        List<Result> results = new ArrayList<>();
        for (ProbeCase c : ProbeCases.load()) {
            Answer answer;
            try {
                answer = send(c);
            } catch (IOException e) {
                answer = Answer.NONE;
            }
            String problem = ProbeVerdict.judge(c, answer);
            if (answer.status() / 100 == 2) {
                problem = removeCreated(c, answer, problem);
            }
            Result r = new Result(c.kind(), c.name(), c.request(), answer.status(), problem, c.ok2xx());
            results.add(r);
            progress.accept(r);
        }
        return results;
    }

    private Answer send(ProbeCase c) throws IOException {
        // no Accept unless a case sends one: an Accept the endpoint cannot produce would be answered 406 first
        Map<String, String> headers = new LinkedHashMap<>();
        if (c.contentType() != null) {
            headers.put("Content-Type", c.contentType());
        }
        authorization(c).ifPresent(a -> headers.put("Authorization", a));
        headers.putAll(c.headers());
        return RawHttp.exchange(URI.create(endpoints.url(c.service())), c.method(), c.path(), headers, c.body(),
                c.announce(), TIMEOUT);
    }

    private Optional<String> authorization(ProbeCase c) {
        return switch (c.key()) {
            case "none" -> Optional.empty();
            case "ingest" -> endpoints.keys().ingestKey().map(k -> "Bearer " + k);
            case "admin" -> endpoints.keys().adminKey().map(k -> "Bearer " + k);
            case "unknown" -> Optional.of("Bearer " + UNKNOWN_KEY);
            case "basic" -> endpoints.keys().adminKey().map(k -> "Basic " + k);
            default -> endpoints.keys().keyFor(c.service(), c.method()).map(k -> "Bearer " + k);
        };
    }

    /**
     * Deletes the entity or subscription a case's 2xx created, so the probe leaves the user's board as it was; a
     * creation where none was expected is already a finding, one that could not be undone is one too.
     */
    private String removeCreated(ProbeCase c, Answer answer, String problem) {
        if (!c.method().equals("POST") || !(c.path().startsWith("/entities") || c.path().startsWith("/subscriptions"))) {
            return problem;
        }
        JsonNode created;
        try {
            created = BaytrackClient.JSON.readTree(answer.body());
        } catch (IOException e) {
            return problem;
        }
        String id = BaytrackClient.text(created, "id");
        if (id == null) {
            return problem;
        }
        try {
            if (c.service() == Service.NOTIFICATION) {
                client.deleteSubscription(id);
            } else if (!client.deleteEntity(id)) {
                return join(problem, "could not delete the entity '" + id + "' it created");
            }
        } catch (RuntimeException e) {
            return join(problem, "could not delete '" + id + "' it created: " + e.getMessage());
        }
        return problem;
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }

    /** {@code {requests, findings: [{class, request, status, problem}]}}. */
    public static ObjectNode report(List<Result> results) {
        ObjectNode report = BaytrackClient.JSON.createObjectNode().put("requests", results.size());
        var findings = report.putArray("findings");
        results.stream().filter(Result::finding).forEach(r -> findings.addObject().put("class", r.kind())
                .put("request", r.name() + " (" + r.request() + ")").put("status", r.status()).put("problem", r.problem()));
        return report;
    }

    /** The last line of the table: {@code probe: N requests, F findings}. */
    public static String summary(List<Result> results) {
        return "probe: " + results.size() + " requests, " + results.stream().filter(Result::finding).count() + " findings";
    }
}
