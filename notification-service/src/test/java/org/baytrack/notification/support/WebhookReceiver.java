package org.baytrack.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.baytrack.notification.webhook.WebhookSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber's endpoint, the way a careful receiver writes one: it verifies the Baytrack-Signature and
 * refuses (401) a request that fails. It can be told to fail its first calls, or to hold calls unanswered.
 */
public class WebhookReceiver implements AutoCloseable {
    public record Call(String eventId, String contentType, String body, boolean signatureValid, int answeredWith) {
    }

    private final HttpServer server;
    private final String secret;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile CountDownLatch hold;
    private final AtomicInteger held = new AtomicInteger();

    public WebhookReceiver(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next {@code n} calls are answered with 500. */
    public WebhookReceiver failFirst(int n) {
        failuresLeft.set(n);
        return this;
    }

    /** Calls arriving from now on are held unanswered until {@link #release()}, then refused with 503. */
    public void holdCalls() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch h = hold;
        hold = null;
        if (h != null) {
            h.countDown();
        }
    }

    public int heldCalls() {
        return held.get();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Event ids of the calls answered 2xx, in order: what the subscriber processed. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            String body = new String(bytes, StandardCharsets.UTF_8);
            String eventId = exchange.getRequestHeaders().getFirst("Baytrack-Event-Id");
            boolean valid = WebhookSignature.verify(secret, exchange.getRequestHeaders().getFirst("Baytrack-Signature"),
                    body, Instant.now().getEpochSecond(), 300);
            CountDownLatch h = hold;
            int status;
            if (h != null) {
                held.incrementAndGet();
                try {
                    h.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 503;
            } else if (!valid) {
                status = 401;
            } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
            } else {
                status = 204;
            }
            calls.add(new Call(eventId, exchange.getRequestHeaders().getFirst("Content-Type"), body, valid, status));
            if (status == 204) {
                accepted.add(eventId);
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
