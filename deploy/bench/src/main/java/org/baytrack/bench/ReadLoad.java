package org.baytrack.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A wrk2-like constant-rate load of GET requests over keep-alive HTTP/1.1 connections (plain sockets, so the
 * client costs little next to the server on a small machine). Request i is due at start + i / rate; its latency
 * is counted from when it was due, not from when a busy connection got round to sending it, so a stall shows in
 * the percentiles instead of silently lowering the rate (no coordinated omission).
 */
public final class ReadLoad {
    public record Result(int requests, int errors, double seconds, Percentiles latency, Percentiles service) {
        public double achievedRps() {
            return requests / seconds;
        }
    }

    /**
     * @param warmup sent at the same rate before the measured {@code duration} and not recorded: the first
     *               requests after start-up measure the JIT compiler and connection set-up, not the service
     */
    public Result run(String baseUrl, List<String> paths, int rate, Duration warmup, Duration duration,
                      int connections) throws InterruptedException {
        URI base = URI.create(baseUrl);
        int unrecorded = (int) (rate * warmup.toMillis() / 1000);
        int total = unrecorded + (int) (rate * duration.toMillis() / 1000);
        AtomicLong next = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        LatencyRecorder latency = new LatencyRecorder();
        LatencyRecorder service = new LatencyRecorder();
        long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                Connection conn = null;
                while (true) {
                    long i = next.getAndIncrement();
                    if (i >= total) {
                        break;
                    }
                    long due = t0 + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        try {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    String path = paths.get((int) (i % paths.size()));
                    long start = System.nanoTime();
                    try {
                        if (conn == null) {
                            conn = new Connection(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
                        }
                        int status = conn.get(base.getHost(), path);
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        if (conn != null) {
                            conn.close();
                        }
                        conn = null;
                    }
                    long end = System.nanoTime();
                    if (i >= unrecorded) {
                        latency.record(end - due);
                        service.record(end - start);
                        done.incrementAndGet();
                    }
                }
                if (conn != null) {
                    conn.close();
                }
            }, "bench-read-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9 - warmup.toMillis() / 1e3;
        return new Result(done.get(), errors.get(), seconds, latency.percentiles(), service.percentiles());
    }

    /** One keep-alive HTTP/1.1 connection: GET, status and body (Content-Length or chunked). */
    static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 3000);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        int get(String host, String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2) {
                throw new IOException("bad status line: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                while (true) {
                    long size = Long.parseLong(line().split(";")[0].trim(), 16);
                    if (size == 0) {
                        while (!line().isEmpty()) {
                            // trailers
                        }
                        break;
                    }
                    skip(size);
                    line();
                }
            } else if (length > 0) {
                skip(length);
            }
            return status;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long s = in.skip(n);
                if (s <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    s = 1;
                }
                n -= s;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    int len = sb.length();
                    return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
                }
                sb.append((char) c);
            }
            throw new IOException("connection closed");
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
