package org.baytrack.notification.webhook;

import org.baytrack.notification.config.NotificationConfig;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps webhooks from reaching into the service's own network (SSRF). Cloud metadata endpoints (by name or address),
 * link-local and non-unicast addresses are always refused; loopback only on the ports configuration names (or on
 * any port, for tests); private networks only when configuration allows them. IPv6 forms that carry an IPv4 address
 * are judged by that address too ({@link AddressKind}). Every address the host resolves to must pass, and
 * {@link #check} answers the one to connect to, so that the sender never looks the name up a second time.
 */
public final class WebhookUrlPolicy {
    public static final int MAX_URL_BYTES = 2048;
    private static final Set<String> METADATA_NAMES = Set.of("metadata", "metadata.google.internal", "metadata.goog",
            "instance-data", "instance-data.ec2.internal", "metadata.tencentyun.com");
    private static final Pattern PORT = Pattern.compile(":(\\d+)$");

    /** Name resolution, replaceable in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * What a deployment lets webhooks reach beyond the public internet: loopback on any port (tests), loopback on
     * the named ports (the local runner), private networks.
     */
    public record Allowances(boolean anyLoopbackPort, Set<Integer> loopbackPorts, boolean privateNetworks) {
        public static final Allowances NONE = new Allowances(false, Set.of(), false);

        public Allowances {
            loopbackPorts = Set.copyOf(loopbackPorts);
        }

        public static Allowances of(NotificationConfig config) {
            return new Allowances(config.allowLoopbackWebhooks(), config.loopbackWebhookPorts().orElse(Set.of()),
                    config.allowPrivateWebhooks());
        }
    }

    /** A URL that passed, with the address it was checked at: the one to connect to. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {
    }

    /** Either the target or, in words for the caller, why the URL is refused. */
    public record Checked(Target target, String refusal) {
        static Checked refused(String why) {
            return new Checked(null, why);
        }
    }

    private final Allowances allowances;
    private final Resolver resolver;

    public WebhookUrlPolicy(Allowances allowances, Resolver resolver) {
        this.allowances = allowances;
        this.resolver = resolver;
    }

    public WebhookUrlPolicy(Allowances allowances) {
        this(allowances, InetAddress::getAllByName);
    }

    /** Why the URL is refused, in words for the caller; empty if it is acceptable. */
    public Optional<String> refusal(String url) {
        return Optional.ofNullable(check(url).refusal());
    }

    /** Parses, resolves once and judges the URL. */
    public Checked check(String url) {
        if (url == null || url.isBlank()) {
            return Checked.refused("webhook.url is missing; send an absolute http or https URL");
        }
        int bytes = url.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_URL_BYTES) {
            return Checked.refused("webhook.url is " + bytes + " bytes long; send a URL of at most " + MAX_URL_BYTES
                    + " bytes");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Checked.refused("webhook.url '" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Checked.refused("webhook.url '" + url + "' must be an absolute http or https URL");
        }
        Optional<String> badPort = portRefusal(uri);
        if (badPort.isPresent()) {
            return Checked.refused(badPort.get());
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Checked.refused("webhook.url '" + url + "' has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            return Checked.refused("webhook.url must not carry credentials; the webhook-signature header authenticates "
                    + "deliveries");
        }
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (METADATA_NAMES.contains(name.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
            return Checked.refused("webhook.url host '" + host + "' is a cloud metadata service; webhooks can never "
                    + "target it");
        }
        boolean https = scheme.equalsIgnoreCase("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return Checked.refused("webhook.url host '" + host + "' does not resolve to an address");
        }
        if (addresses.length == 0) {
            return Checked.refused("webhook.url host '" + host + "' does not resolve to an address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(host, port, address);
            if (refused.isPresent()) {
                return Checked.refused(refused.get());
            }
        }
        return new Checked(new Target(uri, name, port, https, addresses[0]), null);
    }

    private static Optional<String> portRefusal(URI uri) {
        int port = uri.getPort();
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            Matcher m = PORT.matcher(uri.getRawAuthority());
            if (m.find()) {
                return Optional.of("webhook.url port " + m.group(1) + " is out of range; use a port from 1 to 65535, "
                        + "or leave it out for 80 (http) or 443 (https)");
            }
        }
        if (port == 0 || port > 65535) {
            return Optional.of("webhook.url port " + port + " is out of range; use a port from 1 to 65535, or leave "
                    + "it out for 80 (http) or 443 (https)");
        }
        return Optional.empty();
    }

    private Optional<String> refusal(String host, int port, InetAddress address) {
        InetAddress culprit = AddressKind.culprit(address);
        String where = "webhook.url host '" + host + "' resolves to " + address.getHostAddress()
                + (culprit.equals(address) ? "" : ", which reaches " + culprit.getHostAddress());
        return switch (AddressKind.of(address)) {
            case CLOUD_METADATA -> Optional.of(where + ", a cloud metadata service; webhooks can never target it");
            case LINK_LOCAL -> Optional.of(where + ", a link-local address; webhooks can never target link-local "
                    + "addresses");
            case NOT_UNICAST -> Optional.of(where + ", which is not a unicast address");
            case LOOPBACK -> allowances.anyLoopbackPort() || allowances.loopbackPorts().contains(port)
                    ? Optional.empty()
                    : Optional.of(where + ", a loopback address; this deployment refuses loopback webhooks on port "
                    + port + (allowances.loopbackPorts().isEmpty() ? "" : " (it allows ports "
                    + allowances.loopbackPorts().stream().sorted().toList() + ")")
                    + "; the local runner allows a port with ./baytrack up --webhook-loopback-port " + port);
            case PRIVATE -> allowances.privateNetworks() ? Optional.empty() : Optional.of(where + ", a private network "
                    + "address; this deployment refuses private webhooks "
                    + "(baytrack.notification.allow-private-webhooks=false)");
            case PUBLIC -> Optional.empty();
        };
    }
}
