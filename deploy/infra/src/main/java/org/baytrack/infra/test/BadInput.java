package org.baytrack.infra.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The rows of a service's bad-input table and what every answer to one must be: the expected 4xx, a problem+json
 * body whose detail names what was wrong, and nothing of the service's insides (Java names, stack traces).
 */
public final class BadInput {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> INSIDES = List.of("org.baytrack", "java.", "com.fasterxml", "Exception", "\tat ");

    private BadInput() {
    }

    /** One request and its expected answer; the path is sent as written, so percent-encode it yourself. */
    public record Row(String name, String method, String path, String contentType, byte[] body, int status,
                      String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static Row get(String name, String path, int status, String detail) {
        return new Row(name, "GET", path, null, null, status, detail);
    }

    public static Row post(String name, String path, String contentType, String body, int status, String detail) {
        return post(name, path, contentType, body.getBytes(StandardCharsets.UTF_8), status, detail);
    }

    public static Row post(String name, String path, String contentType, byte[] body, int status, String detail) {
        return new Row(name, "POST", path, contentType, body, status, detail);
    }

    public static Row patch(String name, String path, String contentType, String body, int status, String detail) {
        return new Row(name, "PATCH", path, contentType, body.getBytes(StandardCharsets.UTF_8), status, detail);
    }

    /** Sends the row to the service at {@code base} (with extra headers, name then value) and checks the answer. */
    public static String check(URI base, Row row, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + row.path()))
                .timeout(Duration.ofSeconds(60))
                .method(row.method(), row.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(row.body()));
        if (row.contentType() != null) {
            request.header("Content-Type", row.contentType());
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        require(response.statusCode() == row.status(), row.name() + ": expected status " + row.status() + " but got "
                + response.statusCode() + " with " + body);
        assertProblem(response.headers().firstValue("Content-Type").orElse(""), body, row.detail());
        return body;
    }

    /** As {@link #check}, and the service logs no error while it answers. */
    public static void checkLoggingNoError(URI base, Row row, String... headers) throws Exception {
        try (var errors = new ErrorLog()) {
            check(base, row, headers);
            require(errors.errors().isEmpty(), "errors logged for " + row.name() + ": " + errors.errors());
        }
    }

    /** An answer from {@link #announceBody}: a 413 whose problem+json body has {@code detail}. */
    public static void assertTooLarge(String answer, String detail) {
        require(answer.startsWith("HTTP/1.1 413"), "expected a 413, got: " + answer);
        int split = answer.indexOf("\r\n\r\n");
        String contentType = answer.substring(0, split).lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
        assertProblem(contentType, answer.substring(split + 4), detail);
    }

    public static void assertProblem(String contentType, String body, String detail) {
        require(contentType.startsWith("application/problem+json"), "content type '" + contentType + "' of " + body);
        require(body.contains("\"detail\"") && body.contains(detail), "expected a detail containing '" + detail
                + "' in " + body);
        for (String inside : INSIDES) {
            require(!body.contains(inside), "the problem body shows '" + inside + "': " + body);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /** The status line, headers and body of an answer to a request announcing a body of {@code length} bytes but sending none. */
    public static String announceBody(URI base, String path, String contentType, long length) throws IOException {
        return raw(base, "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + length + "\r\n\r\n");
    }

    /**
     * A request no HTTP client sends (bytes in the request line or headers that clients refuse, a chunked body past
     * the limit), written on a socket, and what must come back.
     */
    public record RawRow(String name, byte[] request, long chunkedBodyBytes, int status, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A GET of {@code path}, sent as written, with one extra header line (name: value, sent as written too). */
    public static RawRow rawGet(String name, String path, String header, int status, String detail) {
        String head = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + (header == null ? "" : header + "\r\n")
                + "Connection: close\r\n\r\n";
        return new RawRow(name, head.getBytes(StandardCharsets.ISO_8859_1), 0, status, detail);
    }

    /** A POST whose body of {@code bytes} bytes comes in chunks, so no Content-Length announces its size. */
    public static RawRow chunkedPost(String name, String path, String contentType, String header, long bytes,
                                     int status, String detail) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
                + (header == null ? "" : header + "\r\n") + "Transfer-Encoding: chunked\r\n\r\n";
        return new RawRow(name, head.getBytes(StandardCharsets.ISO_8859_1), bytes, status, detail);
    }

    /** Sends the raw row and checks the answer as {@link #check} does; the service logs no error meanwhile. */
    public static String checkRaw(URI base, RawRow row) throws IOException {
        try (var errors = new ErrorLog()) {
            String answer = raw(base, row.request(), row.chunkedBodyBytes());
            require(answer.startsWith("HTTP/1.1 " + row.status() + " "), row.name() + ": expected status " + row.status()
                    + " but got: " + (answer.isEmpty() ? "no answer" : answer));
            int split = answer.indexOf("\r\n\r\n");
            String contentType = answer.substring(0, split).lines()
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
            assertProblem(contentType, answer.substring(split + 4), row.detail());
            require(errors.errors().isEmpty(), "errors logged for " + row.name() + ": " + errors.errors());
            return answer;
        }
    }

    private static String raw(URI base, String head) throws IOException {
        return raw(base, head.getBytes(StandardCharsets.US_ASCII), 0);
    }

    private static String raw(URI base, byte[] head, long chunkedBodyBytes) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            try {
                writeChunks(out, chunkedBodyBytes);
            } catch (IOException refusedMidway) {
                // the service answered and closed before the whole body was sent; its answer is still to be read
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (complete(answer.toString(StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // whatever arrived in time is the answer; an empty one fails the caller's assertions
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void writeChunks(OutputStream out, long bytes) throws IOException {
        if (bytes <= 0) {
            return;
        }
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (long sent = 0; sent < bytes; sent += chunk.length) {
            int n = (int) Math.min(chunk.length, bytes - sent);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk, 0, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : answer.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return answer.length() - end - 4 >= Integer.parseInt(line.substring(15).trim());
            }
        }
        return false;
    }

    /** Records ERROR log records while open: a caller's mistake must not log one. */
    public static final class ErrorLog implements AutoCloseable {
        private final List<String> errors = new ArrayList<>();
        private final Logger root = Logger.getLogger("");
        private final Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    synchronized (errors) {
                        errors.add(record.getLoggerName() + ": " + record.getMessage());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        public ErrorLog() {
            root.addHandler(handler);
        }

        public List<String> errors() {
            synchronized (errors) {
                return List.copyOf(errors);
            }
        }

        @Override
        public void close() {
            root.removeHandler(handler);
        }
    }
}
