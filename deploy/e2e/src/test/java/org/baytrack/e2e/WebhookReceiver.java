package org.baytrack.e2e;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A webhook endpoint on 127.0.0.1 that checks each delivery's Standard Webhooks signature with the official
 * library, as a subscriber would, and keeps every delivery for the test.
 */
final class WebhookReceiver implements AutoCloseable {
    record Delivery(String eventId, String contentType, String signature, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final Webhook verifier;
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

    /** On {@code port}, one the stack allows loopback webhooks to ({@link E2eStack#webhookPort}). */
    WebhookReceiver(String secret, int port) throws IOException {
        this.verifier = new Webhook(secret);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            HttpHeaders headers = HttpHeaders.of(Map.copyOf(exchange.getRequestHeaders()), (name, value) -> true);
            boolean valid;
            try {
                verifier.verify(body, headers);
                valid = true;
            } catch (WebhookVerificationException e) {
                valid = false;
            }
            deliveries.add(new Delivery(headers.firstValue("webhook-id").orElse(null),
                    headers.firstValue("Content-Type").orElse(null), headers.firstValue("webhook-signature").orElse(null),
                    body, valid));
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
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
