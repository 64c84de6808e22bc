package org.baytrack.tracker.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.baytrack.commons.access.AccessGate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's read endpoints the pages need (an article's cleaned text, the candidates) and its entity
 * registration, called from this server. The browser never talks to the catalog, and never sees ingest's raw HTML:
 * the catalog serves the text its analysis cleaned.
 */
@ApplicationScoped
public class CatalogClient {
    @Inject
    PagesConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    AccessGate access;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    /** Tests point the pages at a catalog of their own; null: the configured one. */
    private volatile String catalogUrl;

    void pointAt(String url) {
        catalogUrl = url;
    }

    private String base() {
        return (catalogUrl != null ? catalogUrl : config.catalogUrl()).replaceAll("/+$", "");
    }

    /** The catalog could not be reached or answered something this page cannot read. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An article as the catalog serves it (GET /articles/{id}); offsets of sentences point into both texts. */
    public record Article(String id, String canonicalId, String title, LocalDate published, String source, String url,
                          String language, String script, String text, String originalText, List<Sentence> sentences,
                          List<Variant> variants) {
    }

    public record Sentence(int index, int start, int end, String text) {
    }

    public record Variant(String id, String source, String url, String script) {
    }

    /** An unregistered project-like name (GET /entities/candidates). */
    /** {@code nameHant}: the name turned Traditional by the catalog. */
    public record Candidate(String name, String nameHant, long articles, List<String> examples, List<Claim> claims) {
    }

    public record Claim(String kind, String date, String precision, String evidence, String article) {
    }

    /** What the catalog said to a registration: {@code status} 201 when it took it. */
    public record Registration(int status, String detail, int reresolvedArticles) {
        public boolean registered() {
            return status == 201;
        }
    }

    public Optional<Article> article(String id) {
        HttpResponse<String> r = send(read("/articles/" + encode(id)), config.catalogTimeout());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(r, Article.class));
    }

    public List<Candidate> candidates(int limit) {
        HttpResponse<String> r = send(read("/entities/candidates?limit=" + limit), config.catalogTimeout());
        return List.of(read(r, Candidate[].class));
    }

    /**
     * Registers a project. {@code key}, when given, goes to the catalog as a bearer token and nowhere else: it is
     * neither logged nor kept.
     */
    public Registration registerProject(String id, String name, String nameHant, String nameEn, String key) {
        ObjectNode body = mapper.createObjectNode().put("id", id).put("type", "project").put("name", name);
        if (nameHant != null && !nameHant.isBlank()) {
            body.put("nameHant", nameHant.strip());
        }
        if (nameEn != null && !nameEn.isBlank()) {
            body.put("nameEn", nameEn.strip());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/entities"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (key != null && !key.isBlank()) {
            request.header("Authorization", "Bearer " + key.strip());
        }
        HttpResponse<String> r = send(request, config.registrationTimeout());
        JsonNode answer = tree(r.body());
        if (r.statusCode() == 201) {
            return new Registration(201, null, answer.path("reresolvedArticles").size());
        }
        if (r.statusCode() >= 500) {
            throw new Unavailable("The catalog failed the registration with status " + r.statusCode(), null);
        }
        String detail = answer.path("detail").asText(answer.path("title").asText("status " + r.statusCode()));
        return new Registration(r.statusCode(), detail, 0);
    }

    /** A read, with this service's own key when it has one, for a catalog whose reads are closed. */
    private HttpRequest.Builder read(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        access.readKey().ifPresent(k -> request.header("Authorization", "Bearer " + k));
        return request;
    }

    private URI uri(String path) {
        return URI.create(base() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
        try {
            return http.send(request.timeout(timeout).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("The catalog at " + base() + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while waiting for the catalog", e);
        }
    }

    private <T> T read(HttpResponse<String> r, Class<T> type) {
        if (r.statusCode() != 200) {
            throw new Unavailable("The catalog answered " + r.statusCode(), null);
        }
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(r.body());
        } catch (IOException e) {
            throw new Unavailable("The catalog's answer could not be read: " + e.getMessage(), e);
        }
    }

    private JsonNode tree(String body) {
        try {
            return body == null || body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
