package org.baytrack.runner.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.runner.stack.Service;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The services' REST APIs as the command line and the end-to-end tests use them. */
public final class BaytrackClient {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoints endpoints;
    private final HttpClient http;

    public BaytrackClient(Endpoints endpoints) {
        this.endpoints = endpoints;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** What ingest said about one document: 202 accepted or duplicate, or a 4xx/5xx with the problem detail. */
    public record IngestResult(int httpStatus, String id, String status, String detail) {
        public boolean accepted() {
            return "accepted".equals(status);
        }

        public boolean duplicate() {
            return "duplicate".equals(status);
        }

        public boolean rejected() {
            return !accepted() && !duplicate();
        }
    }

    public IngestResult ingest(byte[] body, String contentType, Map<String, String> query) {
        String q = query.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri(Service.INGEST, "/documents" + (q.isEmpty() ? "" : "?" + q)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r = send(Service.INGEST, request);
        JsonNode json = parseOrNull(r.body());
        if (r.statusCode() / 100 == 2 && json != null) {
            return new IngestResult(r.statusCode(), text(json, "id"), text(json, "status"), null);
        }
        return new IngestResult(r.statusCode(), null, "rejected", problemDetail(r.statusCode(), r.body(), json));
    }

    public JsonNode document(String id) {
        return get(Service.INGEST, "/documents/" + encodePath(id));
    }

    public JsonNode projects() {
        return get(Service.TRACKER, "/projects");
    }

    public JsonNode project(String id) {
        return get(Service.TRACKER, "/projects/" + encodePath(id));
    }

    public JsonNode timeline(String id) {
        return get(Service.TRACKER, "/projects/" + encodePath(id) + "/timeline");
    }

    public JsonNode articles() {
        return get(Service.CATALOG, "/articles");
    }

    /** The canonical article a document became, as the catalog says; null while it has not cataloged it. */
    public String articleOfDocument(String documentId) {
        JsonNode found = get(Service.CATALOG, "/articles?document="
                + URLEncoder.encode(documentId, StandardCharsets.UTF_8));
        return found.isArray() && !found.isEmpty() ? text(found.get(0), "id") : null;
    }

    /** POST /analyze on the catalog: what its analysis reads in a text published on {@code published}. */
    public JsonNode analyze(String text, LocalDate published) {
        ObjectNode body = JSON.createObjectNode().put("text", text).put("published", published.toString());
        return post(Service.CATALOG, "/analyze", body);
    }

    /** POST /entities on the catalog (admin key): registers a project or another entity. */
    public JsonNode registerEntity(JsonNode entity) {
        return post(Service.CATALOG, "/entities", entity);
    }

    /** DELETE /entities/{id} on the catalog; true when it is gone, deleted now or not there at all. */
    public boolean deleteEntity(String id) {
        int status = send(Service.CATALOG, HttpRequest.newBuilder(uri(Service.CATALOG, "/entities/" + encodePath(id)))
                .timeout(Duration.ofSeconds(30)).DELETE().build()).statusCode();
        return status == 204 || status == 404;
    }

    /** The status GET /projects/{id} answers: 200 while the tracker follows the project, 404 when it does not. */
    public int projectStatus(String id) {
        return send(Service.TRACKER, HttpRequest.newBuilder(uri(Service.TRACKER, "/projects/" + encodePath(id)))
                .timeout(Duration.ofSeconds(30)).GET().build()).statusCode();
    }

    /**
     * A webhook subscription to {@code projects}, historical changes included; answers its id. Notification learns
     * projects from the entity topic, so one registered a moment ago may still be unknown to it: the request is
     * repeated for up to {@code patience}.
     */
    public String subscribeWebhook(List<String> projects, String url, String secret, Duration patience)
            throws InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        projects.forEach(body.putArray("projects")::add);
        body.put("historical", true);
        body.putObject("webhook").put("url", url).put("secret", secret);
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return text(subscribe(body), "id");
            } catch (ApiException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** DELETE /subscriptions/{id} with the admin key. */
    public void deleteSubscription(String id) {
        HttpResponse<String> r = send(Service.NOTIFICATION, HttpRequest.newBuilder(
                uri(Service.NOTIFICATION, "/subscriptions/" + encodePath(id))).timeout(Duration.ofSeconds(20)).DELETE().build());
        if (r.statusCode() / 100 != 2) {
            throw new ApiException(r.statusCode(), "DELETE /subscriptions/" + id + " answered " + r.statusCode());
        }
    }

    /** POST /subscriptions with the admin key. */
    public JsonNode subscribe(JsonNode body) {
        return post(Service.NOTIFICATION, "/subscriptions", body);
    }

    /** GET /q/health/ready: status code (0 if unreachable) and the health JSON. */
    public record Health(int httpStatus, JsonNode body) {
        public boolean up() {
            return httpStatus == 200;
        }
    }

    public Health health(Service service) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(service, "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Health(r.statusCode(), parseOrNull(r.body()));
        } catch (IOException e) {
            return new Health(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Health(0, null);
        }
    }

    /** One server-sent event. */
    public record SseEvent(String id, String event, String data) {
    }

    /** Follows GET /alerts/stream from the next alert until the stream ends or the thread is interrupted. */
    public void streamAlerts(String project, boolean historical, Consumer<SseEvent> onEvent) {
        streamAlerts(project, historical, null, onEvent);
    }

    /** As above, starting after alert {@code lastEventId} (0 replays every alert; null starts with the next one). */
    public void streamAlerts(String project, boolean historical, Long lastEventId, Consumer<SseEvent> onEvent) {
        StringBuilder path = new StringBuilder("/alerts/stream");
        String sep = "?";
        if (project != null) {
            path.append(sep).append("project=").append(URLEncoder.encode(project, StandardCharsets.UTF_8));
            sep = "&";
        }
        if (historical) {
            path.append(sep).append("historical=true");
            sep = "&";
        }
        if (lastEventId != null) {
            path.append(sep).append("lastEventId=").append(lastEventId);
        }
        HttpRequest request = HttpRequest.newBuilder(uri(Service.NOTIFICATION, path.toString()))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> r;
        try {
            r = http.send(endpoints.keys().authorize(Service.NOTIFICATION, request), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw unreachable(Service.NOTIFICATION, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (r.statusCode() != 200) {
            String body = r.body().collect(Collectors.joining("\n"));
            throw new ApiException(r.statusCode(), problemDetail(r.statusCode(), body, parseOrNull(body)));
        }
        String[] id = {null};
        String[] event = {null};
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = r.body()) {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        onEvent.accept(new SseEvent(id[0], event[0], data.toString()));
                    }
                    data.setLength(0);
                    event[0] = null;
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    event[0] = line.substring(6).trim();
                }
            });
        }
    }

    /** How long the service's JVM has been running (its {@code /q/metrics}), if it says. */
    public OptionalDouble uptimeSeconds(Service service) {
        return metric(service, "process_uptime_seconds");
    }

    /** An unlabelled sample of the service's {@code /q/metrics}, if it has one. */
    public OptionalDouble metric(Service service, String name) {
        HttpRequest request = HttpRequest.newBuilder(uri(service, "/q/metrics")).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/plain").GET().build();
        HttpResponse<String> r = send(service, request);
        return r.statusCode() == 200 ? metric(r.body(), name) : OptionalDouble.empty();
    }

    /** An unlabelled sample's value in Prometheus text format. */
    public static OptionalDouble metric(String exposition, String name) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(name + " ")) {
                try {
                    return OptionalDouble.of(Double.parseDouble(line.substring(name.length() + 1).trim()));
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.empty();
    }

    private JsonNode get(Service service, String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json").GET().build();
        return expectJson(service, send(service, request));
    }

    private JsonNode post(Service service, String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return expectJson(service, send(service, request));
    }

    private JsonNode expectJson(Service service, HttpResponse<String> r) {
        JsonNode json = parseOrNull(r.body());
        if (r.statusCode() / 100 != 2) {
            throw new ApiException(r.statusCode(), service.module() + ": " + problemDetail(r.statusCode(), r.body(), json));
        }
        if (json == null) {
            throw new ApiException(r.statusCode(), service.module() + " answered something that is not JSON: "
                    + abbreviate(r.body()));
        }
        return json;
    }

    private HttpResponse<String> send(Service service, HttpRequest request) {
        try {
            return http.send(endpoints.keys().authorize(service, request),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreachable(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("Interrupted", e);
        }
    }

    private ApiException unreachable(Service service, IOException e) {
        String why = e instanceof ConnectException ? "nothing listens there"
                : e instanceof HttpTimeoutException ? "it did not answer in time" : e.toString();
        return new ApiException(service.module() + " is not reachable at " + endpoints.url(service) + " (" + why
                + "). Start the stack with ./baytrack up, or point " + service.urlVariable() + " at it.", e);
    }

    private URI uri(Service service, String path) {
        return URI.create(endpoints.url(service) + path);
    }

    static String problemDetail(int status, String body, JsonNode json) {
        if (json != null && json.isObject()) {
            String detail = text(json, "detail");
            String title = text(json, "title");
            if (detail != null || title != null) {
                return "HTTP " + status + ": " + (title != null ? title : "")
                        + (title != null && detail != null ? " - " : "") + (detail != null ? detail : "");
            }
        }
        return "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body));
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    static JsonNode parseOrNull(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 300 ? one.substring(0, 297) + "..." : one;
    }
}
