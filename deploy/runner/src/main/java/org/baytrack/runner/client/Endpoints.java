package org.baytrack.runner.client;

import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackConfig;

import java.util.EnumMap;
import java.util.Map;

/** Base URLs of the four services, e.g. the local runner's (localhost:8081-8084) or a docker-compose stack's. */
public record Endpoints(Map<Service, String> urls) {
    public Endpoints {
        urls = Map.copyOf(urls);
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
        return new Endpoints(urls);
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
        return new Endpoints(copy);
    }
}
