package org.baytrack.runner.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so the probe can send what a careful client refuses to: control characters in
 * header values, bad percent escapes, a Content-Length it never honours. The request line and headers go out as
 * ISO-8859-1, one byte per character, exactly as written.
 */
final class RawHttp {
    private static final int MAX_ANSWER = 1 << 20;

    private RawHttp() {
    }

    /** What came back; status 0 when nothing that looks like HTTP arrived in time. Header names are lower case. */
    record Answer(int status, Map<String, String> headers, String body) {
        static final Answer NONE = new Answer(0, Map.of(), "");

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /**
     * Sends {@code method target} to {@code base} with the headers and body, and reads the answer. When
     * {@code announced} is not null the request claims a body of that many bytes and sends none of it: a service
     * must answer before it waits for bytes that never come.
     */
    static Answer exchange(URI base, String method, String target, Map<String, String> headers, byte[] body,
                           Long announced, Duration timeout) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (announced != null) {
            head.append("Content-Length: ").append(announced).append("\r\n");
        } else if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = null;
            if (announced == null && body != null) {
                // a service may answer (413) while a large body is still on its way: read while it is written
                writer = new Thread(() -> {
                    try {
                        out.write(body);
                        out.flush();
                    } catch (IOException refusedMidway) {
                        // the answer, read below, says why
                    }
                }, "probe-body");
                writer.setDaemon(true);
                writer.start();
            }
            Answer answer = read(socket.getInputStream());
            if (writer != null) {
                writer.interrupt();
            }
            return answer;
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            for (int n; (n = in.read(buffer)) > 0 && bytes.size() < MAX_ANSWER; ) {
                bytes.write(buffer, 0, n);
                if (complete(bytes.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // a stream that never ends, or a connection reset after the answer: whatever arrived is the answer
        }
        return parse(bytes.toByteArray());
    }

    static Answer parse(byte[] raw) {
        int end = headEnd(raw);
        if (end < 0) {
            return Answer.NONE;
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            return Answer.NONE;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = unchunk(body);
        }
        try {
            return new Answer(Integer.parseInt(status[1]), headers, new String(body, StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return Answer.NONE;
        }
    }

    private static boolean complete(byte[] raw) {
        int end = headEnd(raw);
        if (end < 0) {
            return false;
        }
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                try {
                    return raw.length - end - 4 >= Long.parseLong(line.substring(15).trim());
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return head.contains("transfer-encoding: chunked") && endsWith(raw, "0\r\n\r\n");
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int lineEnd = indexOf(body, "\r\n", i);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n;
            try {
                n = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (n == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(n, body.length - start));
            i = start + n + 2;
        }
        return out.toByteArray();
    }

    private static int headEnd(byte[] raw) {
        return indexOf(raw, "\r\n\r\n", 0);
    }

    private static boolean endsWith(byte[] raw, String tail) {
        byte[] t = tail.getBytes(StandardCharsets.ISO_8859_1);
        return raw.length >= t.length && indexOf(raw, tail, raw.length - t.length) == raw.length - t.length;
    }

    private static int indexOf(byte[] raw, String what, int from) {
        byte[] w = what.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = Math.max(0, from); i <= raw.length - w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (raw[i + j] != w[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
