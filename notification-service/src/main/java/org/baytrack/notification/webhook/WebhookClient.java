package org.baytrack.notification.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import org.baytrack.notification.channel.Attempt;
import org.baytrack.notification.webhook.WebhookUrlPolicy.Checked;
import org.baytrack.notification.webhook.WebhookUrlPolicy.Target;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One webhook POST, to the address the {@link WebhookUrlPolicy} checked: the name is resolved once, by the policy,
 * and the connection goes to that address, so a DNS answer that changes between check and connect (rebinding)
 * cannot redirect it. The request still carries the URL's host name, which Vert.x uses for the Host header, TLS
 * server name indication and certificate host name verification. Redirects are not followed, and at most
 * {@link AnswerText#BODY_BYTES} bytes of any answer are read.
 */
public final class WebhookClient implements AutoCloseable {
    private final HttpClient http;
    private final WebhookUrlPolicy policy;
    private final Duration timeout;

    public WebhookClient(Vertx vertx, WebhookUrlPolicy policy, Duration timeout, int connections) {
        this.policy = policy;
        this.timeout = timeout;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(connections));
    }

    public Attempt post(String url, Map<String, String> headers, String body) {
        Checked checked = policy.check(url);
        if (checked.refusal() != null) {
            return Attempt.failed("refused: " + checked.refusal());
        }
        Target target = checked.target();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(pathAndQuery(target))
                .setFollowRedirects(false)
                .setTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        // as the URL writes it: Vert.x would write an IPv6 literal without its brackets
        options.putHeader("Host", target.uri().getRawAuthority());
        CompletableFuture<Attempt> outcome = new CompletableFuture<>();
        http.request(options)
                .onFailure(e -> outcome.complete(Attempt.failed(AnswerText.failure(e, target, timeout))))
                .onSuccess(request -> request.send(Buffer.buffer(body, "UTF-8"))
                        .onSuccess(response -> readAnswer(request, response, outcome))
                        .onFailure(e -> outcome.complete(Attempt.failed(AnswerText.failure(e, target, timeout)))));
        try {
            return outcome.get(timeout.toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Attempt.failed(AnswerText.noAnswer(target, timeout));
        } catch (ExecutionException e) {
            return Attempt.failed(AnswerText.failure(e.getCause(), target, timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed("interrupted while sending (service shutting down)");
        }
    }

    /** The status decides; the start of the body is kept for the delivery log, and the rest is never read. */
    private static void readAnswer(HttpClientRequest request, HttpClientResponse response,
                                   CompletableFuture<Attempt> outcome) {
        int status = response.statusCode();
        Buffer head = Buffer.buffer();
        Runnable finish = () -> {
            if (status >= 200 && status < 300) {
                outcome.complete(Attempt.ok());
            } else {
                String error = AnswerText.httpAnswer(status, response.statusMessage(), head.getBytes());
                outcome.complete(status == 410 ? Attempt.gone(error) : Attempt.failed(error));
            }
        };
        response.handler(chunk -> {
            if (outcome.isDone()) {
                return;
            }
            head.appendBuffer(chunk, 0, Math.min(chunk.length(), AnswerText.BODY_BYTES - head.length()));
            if (head.length() >= AnswerText.BODY_BYTES) {
                finish.run();
                request.reset(); // closes the connection instead of reading an endless body
            }
        });
        response.endHandler(end -> finish.run());
        response.exceptionHandler(e -> finish.run());
    }

    private static String pathAndQuery(Target target) {
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                ? "/" : target.uri().getRawPath();
        return target.uri().getRawQuery() == null ? path : path + "?" + target.uri().getRawQuery();
    }

    @Override
    public void close() {
        http.close();
    }
}
