package org.baytrack.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A webhook endpoint on 127.0.0.1 that checks each delivery's {@code Baytrack-Signature} the way a subscriber
 * would (HMAC-SHA256 of {@code "<t>.<body>"} with the shared secret) and keeps every delivery for the test.
 */
final class WebhookReceiver implements AutoCloseable {
    record Delivery(String eventId, String contentType, String signature, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final String secret;
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

    WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Baytrack-Signature");
            boolean valid = verify(signature, body);
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("Baytrack-Event-Id"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), signature, body, valid));
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        }
    }

    /** {@code t=<unix>,v1=<hex>}: recompute the HMAC and compare in constant time. */
    boolean verify(String header, String body) {
        if (header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), v1.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first delivery matching {@code wanted} within {@code timeout}, or null. */
    Delivery await(Predicate<Delivery> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Delivery d = deliveries.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (d != null) {
                System.out.println("[e2e] webhook delivery " + d.eventId() + " (signature "
                        + (d.signatureValid() ? "valid" : "INVALID") + "): " + abbreviate(d.body()));
                if (wanted.test(d)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 297) + "..." : s;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
