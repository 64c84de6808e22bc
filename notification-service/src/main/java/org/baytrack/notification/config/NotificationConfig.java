package org.baytrack.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything the notification service can be told; see the configuration table in the module README. */
@ConfigMapping(prefix = "baytrack.notification")
public interface NotificationConfig {

    /** Accept webhook URLs that resolve to loopback addresses (127.0.0.0/8, ::1) on any port. Only for tests. */
    @WithDefault("false")
    boolean allowLoopbackWebhooks();

    /** Ports on which webhook URLs may resolve to loopback addresses: the local runner's receivers. */
    Optional<Set<Integer>> loopbackWebhookPorts();

    /** Accept webhook URLs that resolve to private addresses (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7). */
    @WithDefault("false")
    boolean allowPrivateWebhooks();

    /** Base URL of the public board, for article links in e-mails ({@code <public-url>/articles/<id>}). */
    @WithDefault("http://localhost:8082")
    String publicUrl();

    /**
     * The AES-256 key (base64 of 32 bytes) that webhook secrets are encrypted with in the database. Needed as soon as
     * a webhook subscription exists; the local runner generates it into {@code .baytrack/secret-key}.
     */
    Optional<String> secretKey();

    /** How long the secret replaced by a rotation still signs deliveries, beside the new one. */
    @WithDefault("PT24H")
    Duration secretRotationOverlap();

    Delivery delivery();

    Email email();

    interface Email {
        /** This service's base URL as the readers of its e-mails reach it, for the one-click unsubscribe link. */
        @WithDefault("http://localhost:8084")
        String externalUrl();

        /** The mailto target of {@code List-Unsubscribe}, for mail clients that cannot POST the link. */
        @WithDefault("unsubscribe@baytrack.local")
        String unsubscribeMailbox();

        /** The domain part of the alerts' {@code Message-ID}s and of their per-project thread root. */
        @WithDefault("baytrack.local")
        String messageIdDomain();
    }

    interface Delivery {
        /** Turns the delivery worker off (deliveries are still recorded). */
        @WithDefault("true")
        boolean enabled();

        /**
         * Delays between attempts after the first, which is immediate: Svix's schedule. A delivery still failing
         * after the last is dead-lettered.
         */
        @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
        List<Duration> retryDelays();

        /** A subscription whose endpoint has failed every attempt for this long is disabled. */
        @WithDefault("P5D")
        Duration disableAfter();

        /** A webhook call that has not answered within this time has failed. */
        @WithDefault("PT10S")
        Duration webhookTimeout();

        /** Deliveries sent at the same time. */
        @WithDefault("8")
        int concurrency();

        /** Longest wait between two looks at the delivery table when nothing wakes the worker. */
        @WithDefault("PT1S")
        Duration idlePoll();
    }
}
