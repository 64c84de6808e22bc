package org.baytrack.ingest.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.baytrack.commons.access.KeyNeeded;
import org.baytrack.commons.access.Scope;
import org.baytrack.commons.problem.JsonProblems;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.commons.request.ControlFreeJson;
import org.baytrack.commons.request.Inputs;
import org.baytrack.events.EventCodec;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {
    /** Request bodies are strict where events are tolerant: an unknown or misspelled field is refused. */
    static final ObjectMapper REQUEST_JSON = ControlFreeJson.strict(EventCodec.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    /** A misspelled parameter ignored would store the document without it: a 'pubished' old article alerts as news. */
    static final Set<String> RAW_PARAMETERS = Set.of("url", "source", "title", "published", "backfill", "charset");

    @Inject
    DocumentIntake intake;
    @Inject
    DocumentBatch batch;
    @Inject
    DocumentStore documents;

    @POST
    @KeyNeeded(Scope.INGEST)
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Submit a raw document (text or HTML, UTF-8, GB18030 or Big5; detected when undeclared)")
    public Response submitRaw(byte[] body,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              @QueryParam("url") String url,
                              @QueryParam("source") String source,
                              @QueryParam("title") String title,
                              @QueryParam("published") String published,
                              @QueryParam("backfill") String backfill,
                              @QueryParam("charset") String charset,
                              @Context UriInfo uri) {
        refuseUnknownParameters(uri, RAW_PARAMETERS, "the known ones are " + String.join(", ", new TreeSet<>(RAW_PARAMETERS)));
        var submission = new Submission(body == null ? new byte[0] : body, UploadDecoder.mediaTypeOf(contentType),
                UploadDecoder.charsetOf(contentType), url, source, title, date(published),
                Inputs.bool("backfill", backfill, false), decoding(charset));
        return Response.accepted(intake.submit(submission)).build();
    }

    @POST
    @KeyNeeded(Scope.INGEST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a document as JSON: {text|html, url, source, published, title, backfill}")
    public Response submitJson(byte[] body, @Context UriInfo uri) {
        refuseUnknownParameters(uri, Set.of(), "a JSON document takes its fields in the body, not the query string");
        return Response.accepted(intake.submit(fromJson(body))).build();
    }

    @POST
    @KeyNeeded(Scope.INGEST)
    @Path("/batch")
    @Consumes(DocumentBatch.NDJSON)
    @Operation(summary = "Submit many JSON documents, one per line; per-item results")
    public BatchResult batchNdjson(byte[] body) {
        return batch.ndjson(body == null ? new byte[0] : body);
    }

    @POST
    @KeyNeeded(Scope.INGEST)
    @Path("/batch")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit files as multipart parts named \"file\" (.txt, .html, .json); per-item results")
    public BatchResult batchFiles(@RestForm("file") List<FileUpload> files, @QueryParam("charset") String charset) {
        return batch.files(files, decoding(charset));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A stored document's metadata and status", description = "The article the document became is "
            + "the catalog's to say: GET /articles?document={id} on catalog-service.")
    public DocumentView get(@PathParam("id") String id) {
        return DocumentView.of(find(id));
    }

    @GET
    @Path("/{id}/raw")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The document's original bytes with their content type")
    public Response raw(@PathParam("id") String id) {
        Document d = find(id);
        String type = d.mediaType + (d.charset == null ? "" : "; charset=" + d.charset);
        return Response.ok(d.raw).type(type).build();
    }

    @GET
    @Operation(summary = "Documents received after 'since' (ISO instant), oldest first, at most 'limit'")
    public List<DocumentView> list(@QueryParam("since") String since,
                                   @QueryParam("limit") String limitParam) {
        int limit = Inputs.integer("limit", limitParam, 50, 1, 1000);
        Instant from;
        try {
            from = since == null ? Instant.parse("1970-01-01T00:00:00Z") : Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            from = null;
        }
        if (from == null || from.isBefore(Instant.parse("1900-01-01T00:00:00Z"))
                || from.isAfter(Instant.parse("2101-01-01T00:00:00Z"))) {
            throw ProblemException.badRequest("since must be an ISO instant between 1900 and 2100 such as "
                    + "2026-11-23T08:00:00Z, not '" + Inputs.printable(since) + "'.");
        }
        return documents.receivedAfter(from, limit).stream().map(DocumentView::of).toList();
    }

    private Document find(String id) {
        return documents.find(id).orElseThrow(() -> ProblemException.notFound("No document with id " + id + "."));
    }

    static Submission fromJson(byte[] body) {
        JsonDocument json;
        try {
            json = REQUEST_JSON.readValue(body, JsonDocument.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "Malformed JSON", JsonProblems.detail(e) + " Send a JSON document of the "
                    + "form {\"text\"|\"html\", \"url\", \"source\", \"published\", \"title\", \"backfill\"}.");
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("The body could not be read: " + e.getMessage());
        }
        if (json == null || (json.text() == null) == (json.html() == null)) {
            throw ProblemException.badRequest("Give exactly one of \"text\" or \"html\".");
        }
        boolean html = json.html() != null;
        return new Submission(DocumentIntake.utf8(html ? json.html() : json.text()),
                html ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN, "UTF-8", json.url(), json.source(), json.title(),
                date(json.published()), Boolean.TRUE.equals(json.backfill()), Submission.Decoding.JSON);
    }

    static LocalDate date(String published) {
        return Inputs.date("published", published);
    }

    static Submission.Decoding decoding(String charset) {
        if (charset == null || charset.isBlank()) {
            return Submission.Decoding.DECLARED;
        }
        if (charset.strip().equalsIgnoreCase("detect")) {
            return Submission.Decoding.DETECT;
        }
        throw ProblemException.badRequest("The query parameter charset takes only 'detect' (choose the charset from "
                + "the bytes); declare a charset in Content-Type instead, e.g. text/plain; charset=Big5.");
    }

    private static void refuseUnknownParameters(UriInfo uri, Set<String> known, String hint) {
        for (String name : new TreeSet<>(uri.getQueryParameters().keySet())) {
            if (!known.contains(name)) {
                throw ProblemException.badRequest("Unknown query parameter '" + Inputs.printable(name) + "'; " + hint + ".");
            }
        }
    }
}
