package org.baytrack.runner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.baytrack.runner.client.BaytrackClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback HTTP server that takes the notification service's signed webhooks and hands them to the ledger. */
public final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final String secret;
    private final AlertLedger ledger;

    public WebhookReceiver(String host, AlertLedger ledger, String secret) throws IOException {
        this.ledger = ledger;
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(host, 0), 256);
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bench-webhook");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/hook", this::handle);
        server.start();
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            long now = System.nanoTime();
            String eventId = exchange.getRequestHeaders().getFirst("Baytrack-Event-Id");
            boolean signed = verify(exchange.getRequestHeaders().getFirst("Baytrack-Signature"), body);
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

    boolean verify(String header, byte[] body) {
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
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
