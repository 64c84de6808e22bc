package org.baytrack.runner.client;

import org.baytrack.runner.stack.Service;
import org.baytrack.runner.stack.StackKeys;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The keys the command line sends, chosen per request as the services check them: the ingest key for ingest's
 * writes and for reads (which need one only when a stack closes them), the admin key for the catalog's writes and
 * for notification. Never printed: {@link #toString()} names no key.
 */
public final class ApiKeys {
    public static final ApiKeys NONE = new ApiKeys(null, null);

    private final String ingest;
    private final String admin;

    public ApiKeys(String ingest, String admin) {
        this.ingest = blankToNull(ingest);
        this.admin = blankToNull(admin);
    }

    /**
     * {@code BAYTRACK_INGEST_KEY} and {@code BAYTRACK_ADMIN_KEY} when set, else the files a given option names, else
     * the files the local runner wrote into the data folder.
     */
    public static ApiKeys resolve(Path dataDir, Path ingestFileOption, Path adminFileOption) {
        return new ApiKeys(
                firstOf(System.getenv("BAYTRACK_INGEST_KEY"), ingestFileOption, StackKeys.ingestFile(dataDir)),
                firstOf(System.getenv("BAYTRACK_ADMIN_KEY"), adminFileOption, StackKeys.adminFile(dataDir)));
    }

    /** The keys of a local stack's data folder. */
    public static ApiKeys of(Path dataDir) {
        return resolve(dataDir, null, null);
    }

    public Optional<String> ingestKey() {
        return Optional.ofNullable(ingest != null ? ingest : admin);
    }

    public Optional<String> adminKey() {
        return Optional.ofNullable(admin);
    }

    /**
     * The key this request needs, if these keys hold one: the smallest that suffices. Notification's reads of
     * subscriptions and deliveries are admin's too, so everything sent there carries the admin key.
     */
    public Optional<String> keyFor(Service service, String method) {
        if (service == Service.NOTIFICATION) {
            return adminKey().or(this::ingestKey);
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        return read || service == Service.INGEST || service == Service.TRACKER ? ingestKey() : adminKey();
    }

    /** The request with its key added, unless it carries one already or there is none. */
    public HttpRequest authorize(Service service, HttpRequest request) {
        Optional<String> key = keyFor(service, request.method());
        if (key.isEmpty() || request.headers().firstValue("Authorization").isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", "Bearer " + key.get()).build();
    }

    @Override
    public String toString() {
        return "ApiKeys[ingest " + (ingest != null ? "set" : "unset") + ", admin " + (admin != null ? "set" : "unset") + "]";
    }

    private static String firstOf(String env, Path option, Path fallback) {
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        Path file = option != null ? option : fallback;
        try {
            return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
