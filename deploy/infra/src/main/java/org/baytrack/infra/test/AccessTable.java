package org.baytrack.infra.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The rows of a service's access table and what every answer must be: a write without a key or with an unknown one
 * gets 401 with a bearer challenge, one with the ingest key where the admin key is needed 403, and nothing is
 * changed by a refused request (each row's last request, with the right key, still gets its first-time status).
 */
public final class AccessTable {
    /** The keys every service's {@code %test} profile accepts. */
    public static final String INGEST_KEY = "test-ingest-key";
    public static final String ADMIN_KEY = "test-admin-key";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private AccessTable() {
    }

    /** What a row needs: nothing (a read, or {@code POST /analyze}), the ingest key or the admin key. */
    public enum Needs { READ, INGEST, ADMIN }

    /**
     * One request, the key it needs, and its status when sent with that key; {@code answer}, when not null, is part
     * of that answer's body which shows the refused requests before it changed nothing.
     */
    public record Row(String name, String method, String path, String contentType, String body, Needs needs,
                      int status, String answer) {
        public Row expecting(String part) {
            return new Row(name, method, path, contentType, body, needs, status, part);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static Row read(String name, String path, int status) {
        return new Row(name, "GET", path, null, null, Needs.READ, status, null);
    }

    /** A foreign page's preflight for a keyed write to {@code path}: no service allows it. */
    public static Row preflight(String path) {
        return new Row("a foreign page's preflight of a write to " + path, "OPTIONS", path, null, null, null, 0, null);
    }

    public static Row write(String name, String method, String path, String contentType, String body, Needs needs,
                            int status) {
        return new Row(name, method, path, contentType, body, needs, status, null);
    }

    /** Checks the row against the service at {@code base}, whose reads are open or not. */
    public static void check(URI base, Row row, boolean openReads) throws Exception {
        if (row.needs() == null) {
            checkNoCorsForWrites(base, row.path());
            return;
        }
        if (row.needs() == Needs.READ && openReads) {
            expect(row, send(base, row, null), row.status());
            return;
        }
        refused(row, send(base, row, null), 401);
        refused(row, send(base, row, "Bearer not-a-key-of-this-stack"), 401);
        refused(row, send(base, row, "Basic " + ADMIN_KEY), 401);
        if (row.needs() == Needs.ADMIN) {
            refused(row, send(base, row, "Bearer " + INGEST_KEY), 403);
        }
        String key = row.needs() == Needs.ADMIN ? ADMIN_KEY : INGEST_KEY;
        HttpResponse<String> granted = send(base, row, "Bearer " + key);
        expect(row, granted, row.status());
        require(row.answer() == null || granted.body().contains(row.answer()), row.name() + ": expected '"
                + row.answer() + "' in " + granted.body());
        if (row.needs() == Needs.READ) {
            expect(row, send(base, row, "Bearer " + ADMIN_KEY), row.status());
        }
    }

    /** No CORS header in the answer to a preflight, so the browser never sends the write. */
    private static void checkNoCorsForWrites(URI base, String path) throws Exception {
        var request = HttpRequest.newBuilder(resolve(base, path)).timeout(Duration.ofSeconds(30))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://pages.elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type").build();
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : new String[]{"Access-Control-Allow-Origin", "Access-Control-Allow-Headers",
                "Access-Control-Allow-Methods"}) {
            require(answer.headers().firstValue(header).isEmpty(), "the preflight of " + path + " was answered with "
                    + header + ": " + answer.headers().firstValue(header).orElse(""));
        }
    }

    private static HttpResponse<String> send(URI base, Row row, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(resolve(base, row.path())).timeout(Duration.ofSeconds(60))
                .method(row.method(), row.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(row.body(), StandardCharsets.UTF_8));
        if (row.contentType() != null) {
            request.header("Content-Type", row.contentType());
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void refused(Row row, HttpResponse<String> answer, int status) {
        expect(row, answer, status);
        BadInput.assertProblem(answer.headers().firstValue("Content-Type").orElse(""), answer.body(),
                "Authorization: Bearer <key>");
        if (status == 401) {
            require(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer "),
                    row.name() + ": a 401 without a bearer challenge");
        }
    }

    private static void expect(Row row, HttpResponse<String> answer, int status) {
        require(answer.statusCode() == status, row.name() + ": expected " + status + " but got "
                + answer.statusCode() + " with " + answer.body());
    }

    private static URI resolve(URI base, String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
