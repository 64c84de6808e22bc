package org.baytrack.runner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.baytrack.runner.client.BaytrackClient;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that takes the notification service's webhooks, checks their Standard Webhooks signature
 * with the official library, as a receiver would, and hands them to the ledger.
 */
public final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final String secret;
    private final Webhook verifier;
    private final AlertLedger ledger;

    /** A new receiver on {@code port} (0: any free one) with a fresh secret of its own ({@link #secret()}) to subscribe with. */
    public WebhookReceiver(String host, int port, AlertLedger ledger) throws IOException {
        this.ledger = ledger;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        this.verifier = new Webhook(secret);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 256);
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bench-webhook");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/hook", this::handle);
        server.start();
    }

    public String secret() {
        return secret;
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            long now = System.nanoTime();
            String eventId = exchange.getRequestHeaders().getFirst("webhook-id");
            boolean signed = verify(HttpHeaders.of(Map.copyOf(exchange.getRequestHeaders()), (name, value) -> true), body);
            JsonNode json;
            try {
                json = BaytrackClient.JSON.readTree(body);
            } catch (IOException e) {
                json = null;
            }
            ledger.onWebhook(eventId, json, signed, now);
            exchange.sendResponseHeaders(204, -1);
        }
    }

    boolean verify(HttpHeaders headers, byte[] body) {
        try {
            verifier.verify(new String(body, StandardCharsets.UTF_8), headers);
            return true;
        } catch (WebhookVerificationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
