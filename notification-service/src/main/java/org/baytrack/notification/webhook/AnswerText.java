package org.baytrack.notification.webhook;

import io.vertx.core.http.HttpClosedException;
import org.baytrack.notification.webhook.WebhookUrlPolicy.Target;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What the delivery log says about a webhook attempt. Only a real HTTP answer is quoted, as its status line and at
 * most {@link #BODY_BYTES} bytes of its body; anything else that answered (a database, a broker, a mail server) gets
 * a fixed description, because its bytes are none of the subscriber's business.
 */
final class AnswerText {
    static final int BODY_BYTES = 200;

    private AnswerText() {
    }

    static String httpAnswer(int status, String reason, byte[] head) {
        String line = "HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + printable(reason, 100));
        String body = printable(new String(head, 0, Math.min(head.length, BODY_BYTES), StandardCharsets.UTF_8), BODY_BYTES)
                .replaceAll("\uFFFD+$", "") // a character cut at the byte limit
                .strip();
        return body.isEmpty() ? line : line + ": " + body;
    }

    static String failure(Throwable e, Target target, Duration timeout) {
        String where = target.host() + " (" + target.address().getHostAddress() + ":" + target.port() + ")";
        if (e instanceof io.netty.channel.ConnectTimeoutException) {
            return "could not connect to " + where + " within " + timeout.toMillis() + " ms";
        }
        if (e instanceof ConnectException) {
            return "could not connect to " + where + ": connection refused";
        }
        if (e instanceof java.util.concurrent.TimeoutException) {
            return noAnswer(target, timeout);
        }
        if (e instanceof SSLException) {
            return "the TLS handshake with " + where + " failed: its certificate is not trusted or not valid for "
                    + target.host();
        }
        if (e instanceof HttpClosedException) {
            return where + " closed the connection without an HTTP answer";
        }
        return where + " did not answer with HTTP";
    }

    static String noAnswer(Target target, Duration timeout) {
        return "no answer from " + target.host() + " within " + timeout.toMillis() + " ms";
    }

    private static String printable(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
