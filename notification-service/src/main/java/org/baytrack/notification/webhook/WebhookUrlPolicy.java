package org.baytrack.notification.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps webhooks from reaching into the service's own network (SSRF): a URL whose host resolves to a link-local
 * address (169.254.0.0/16, fe80::/10, cloud metadata endpoints) is always refused; loopback and private
 * addresses only when configuration allows them. Every address the host resolves to must pass.
 */
public final class WebhookUrlPolicy {
    /** Name resolution, replaceable in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookUrlPolicy(boolean allowLoopback, boolean allowPrivate, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public WebhookUrlPolicy(boolean allowLoopback, boolean allowPrivate) {
        this(allowLoopback, allowPrivate, InetAddress::getAllByName);
    }

    /** Why the URL is refused, in words for the caller; empty if it is acceptable. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("webhook.url is missing; send an absolute http or https URL");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("webhook.url '" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("webhook.url '" + url + "' must be an absolute http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("webhook.url '" + url + "' has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("webhook.url must not carry credentials; the webhook-signature header authenticates deliveries");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("webhook.url host '" + host + "' does not resolve to an address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(host, address);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(String host, InetAddress address) {
        String where = "webhook.url host '" + host + "' resolves to " + address.getHostAddress();
        if (address.isLinkLocalAddress()) {
            return Optional.of(where + ", a link-local address (such as a cloud metadata endpoint); "
                    + "webhooks can never target link-local addresses");
        }
        if (address.isMulticastAddress() || isBroadcast(address)) {
            return Optional.of(where + ", which is not a unicast address");
        }
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of(where + ", a loopback address; this deployment "
                    + "refuses loopback webhooks (baytrack.notification.allow-loopback-webhooks=false)");
        }
        if (isPrivate(address)) {
            return allowPrivate ? Optional.empty() : Optional.of(where + ", a private network address; this "
                    + "deployment refuses private webhooks (baytrack.notification.allow-private-webhooks=false)");
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isSiteLocalAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10 carrier-grade NAT
    }

    private static boolean isBroadcast(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 && (b[0] & b[1] & b[2] & b[3] & 0xff) == 0xff;
    }
}
