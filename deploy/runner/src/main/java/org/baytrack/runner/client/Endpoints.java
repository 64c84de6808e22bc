package org.baytrack.runner.client;

import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackConfig;

import java.net.http.HttpRequest;
import java.util.EnumMap;
import java.util.Map;

/**
 * Base URLs of the four services, e.g. the local runner's (localhost:8081-8084) or a docker-compose stack's, and
 * the keys to call them with.
 */
public record Endpoints(Map<Service, String> urls, ApiKeys keys) {
    public Endpoints {
        urls = Map.copyOf(urls);
    }

    public Endpoints(Map<Service, String> urls) {
        this(urls, ApiKeys.NONE);
    }

    /** {@code BAYTRACK_INGEST_URL} etc. when set, else localhost with the default ports. */
    public static Endpoints fromEnvironment() {
        Map<Service, String> urls = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            String env = System.getenv(s.urlVariable());
            urls.put(s, env != null && !env.isBlank() ? env : "http://localhost:" + s.defaultPort());
        }
        return new Endpoints(urls);
    }

    public static Endpoints of(StackConfig config) {
        Map<Service, String> urls = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            urls.put(s, config.baseUrl(s));
        }
        return new Endpoints(urls, ApiKeys.of(config.dataDir()));
    }

    public String url(Service service) {
        String url = urls.get(service);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The board as a web page, served by the tracker at its root. */
    public String boardPage() {
        return url(Service.TRACKER) + "/";
    }

    public Endpoints with(Service service, String url) {
        if (url == null || url.isBlank()) {
            return this;
        }
        Map<Service, String> copy = new EnumMap<>(urls);
        copy.put(service, url);
        return new Endpoints(copy, keys);
    }

    public Endpoints with(ApiKeys keys) {
        return new Endpoints(urls, keys);
    }

    /** The request with the key its service needs for it (see {@link ApiKeys#keyFor}). */
    public HttpRequest authorize(HttpRequest request) {
        String target = request.uri().toString();
        for (Service s : Service.values()) {
            if (urls.containsKey(s) && target.startsWith(url(s) + "/")) {
                return keys.authorize(s, request);
            }
        }
        return request;
    }
}
