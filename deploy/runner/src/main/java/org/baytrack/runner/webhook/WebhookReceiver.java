package org.baytrack.runner.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.baytrack.events.webhook.StandardSignature;
import org.baytrack.events.webhook.WebhookSecret;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A subscriber's webhook endpoint on this machine, for the bench, chaos and the end-to-end tests. It checks each
 * delivery's Standard Webhooks signature with the contract notification signs with ({@link StandardSignature}),
 * answers 204 when it verifies and 401 when it does not, as a careful receiver does, and hands every delivery to
 * its listener, on one of the receiver's threads.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One request as it arrived; {@code receivedNanos} is System.nanoTime() when its body was read. */
    public record Delivery(String eventId, String contentType, String signature, String body, boolean signatureValid,
                           long receivedNanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String secret;
    private final Consumer<Delivery> listener;

    /** A receiver on {@code host:port} (port 0: any free one) that verifies with {@code secret}. */
    public WebhookReceiver(String host, int port, String secret, Consumer<Delivery> listener) throws IOException {
        this.secret = secret;
        this.listener = listener;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 256);
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/hook", this::handle);
        server.start();
    }

    /** A receiver with a fresh secret of its own ({@link #secret()}) to subscribe with. */
    public static WebhookReceiver withNewSecret(String host, int port, Consumer<Delivery> listener) throws IOException {
        return new WebhookReceiver(host, port, WebhookSecret.generate(new SecureRandom()), listener);
    }

    public String secret() {
        return secret;
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hook";
    }

    /** Whether {@link #secret()} signed this body under these headers' id and time, now. */
    public boolean verifies(String id, String timestamp, String signature, String body) {
        return StandardSignature.verify(secret, id, timestamp, signature, body, Instant.now().getEpochSecond());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            long now = System.nanoTime();
            var headers = exchange.getRequestHeaders();
            String id = headers.getFirst(StandardSignature.ID);
            String signature = headers.getFirst(StandardSignature.SIGNATURE);
            boolean valid = verifies(id, headers.getFirst(StandardSignature.TIMESTAMP), signature, body);
            listener.accept(new Delivery(id, headers.getFirst("Content-Type"), signature, body, valid, now));
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
