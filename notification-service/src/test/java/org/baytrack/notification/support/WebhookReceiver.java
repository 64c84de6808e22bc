package org.baytrack.notification.support;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.baytrack.events.webhook.StandardSignature;
import org.baytrack.events.webhook.WebhookSecret;
import org.baytrack.notification.webhook.WebhookSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber's endpoint, the way a careful receiver writes one: it verifies each delivery with the signature
 * contract in libs/events and refuses (401) a request that fails; {@link Call#verifiesWith} checks a delivery with
 * the official Standard Webhooks library instead. It can be told to fail its first calls, to
 * answer with a given status, or to hold calls unanswered.
 */
public class WebhookReceiver implements AutoCloseable {
    /** One request as received; {@code headers} as the receiver's HTTP stack hands them over. */
    public record Call(String eventId, String contentType, String body, boolean signatureValid, int answeredWith,
                       HttpHeaders headers) {
        /** Whether the official library accepts this request with {@code secret}. */
        public boolean verifiesWith(String secret) {
            try {
                verifier(secret).verify(body, headers);
                return true;
            } catch (WebhookVerificationException e) {
                return false;
            }
        }

        /** Whether the deprecated Baytrack-Signature header matches {@code secret}. */
        public boolean legacySignatureMatches(String secret) {
            return WebhookSignature.verify(secret, headers.firstValue(WebhookSignature.HEADER).orElse(null), body,
                    Instant.now().getEpochSecond(), 300);
        }
    }

    private final HttpServer server;
    private volatile String secret;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int answer = 204;
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

    /**
     * The library's verifier for a secret: a Standard Webhooks secret as given; a legacy secret (any string from
     * before {@code whsec_} was required) as its UTF-8 bytes, as the service documents.
     */
    public static Webhook verifier(String secret) {
        return WebhookSecret.refusal(secret).isEmpty() ? new Webhook(secret)
                : new Webhook(secret.getBytes(StandardCharsets.UTF_8));
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Verify with this secret from now on: the one the service generated, say. */
    public WebhookReceiver useSecret(String secret) {
        this.secret = secret;
        return this;
    }

    /** The next {@code n} calls are answered with 500. */
    public WebhookReceiver failFirst(int n) {
        failuresLeft.set(n);
        return this;
    }

    /** Verified calls are answered with {@code status} (204 unless told otherwise). */
    public WebhookReceiver answerWith(int status) {
        answer = status;
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
            HttpHeaders headers = HttpHeaders.of(Map.copyOf(exchange.getRequestHeaders()), (name, value) -> true);
            String eventId = headers.firstValue(StandardSignature.ID).orElse(null);
            boolean valid = secret != null && StandardSignature.verify(secret, eventId,
                    headers.firstValue(StandardSignature.TIMESTAMP).orElse(null),
                    headers.firstValue(StandardSignature.SIGNATURE).orElse(null), body, Instant.now().getEpochSecond());
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
                status = answer;
            }
            calls.add(new Call(eventId, headers.firstValue("Content-Type").orElse(null), body, valid, status, headers));
            if (status >= 200 && status < 300) {
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
