package org.baytrack.notification.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.commons.request.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public alert stream as server-sent events. Each event's id is the alert's sequence number, so a client
 * that reconnects with {@code Last-Event-ID} receives everything after it, without gaps.
 */
@Path("/alerts/stream")
@Tag(name = "Alert stream")
public class AlertStreamResource {
    private static final int PAGE = 500;
    private static final Duration SAFETY_POLL = Duration.ofSeconds(5);

    @Inject
    AlertLog log;
    @Inject
    AlertSignals signals;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Project-status alerts as server-sent events",
            description = "Event name: project.status-changed or agreement.changed; data: the CloudEvent JSON; "
                    + "id: a sequence number. "
                    + "Send Last-Event-ID (or ?lastEventId=) to resume after an event; ?lastEventId=0 replays all; "
                    + "an id beyond the newest alert gets 400 with the newest id. "
                    + "Without either, the stream starts with the next alert. No API key is needed.")
    public Multi<OutboundSseEvent> stream(@QueryParam("project") String project,
                                          @QueryParam("historical") String historicalParam,
                                          @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                                          @QueryParam("lastEventId") String lastEventIdQuery,
                                          @Context Sse sse) {
        boolean historical = Inputs.bool("historical", historicalParam, false);
        String resumeFrom = lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventIdQuery;
        Long requested = parse(resumeFrom);
        if (requested != null) {
            refuseBeyondHead(resumeFrom, requested, log.latestSeq());
        }
        String projectFilter = project == null || project.isBlank() || project.equals("*") ? null : project.trim();
        AtomicLong cursor = new AtomicLong(requested == null ? -1 : requested);

        Multi<Long> wakeUps = Multi.createBy().merging().streams(
                Multi.createFrom().item(0L),
                signals.signals(),
                Multi.createFrom().ticks().every(SAFETY_POLL).onOverflow().drop());
        return wakeUps
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    if (cursor.get() < 0) {
                        cursor.set(log.latestSeq());
                    }
                    List<AlertLog.Alert> fresh = new ArrayList<>();
                    List<AlertLog.Alert> page;
                    do {
                        page = log.after(cursor.get(), projectFilter, historical, PAGE);
                        fresh.addAll(page);
                        if (!page.isEmpty()) {
                            cursor.set(page.get(page.size() - 1).seq());
                        }
                    } while (page.size() == PAGE && fresh.size() < 20 * PAGE);
                    return fresh;
                })
                .map(alert -> sse.newEventBuilder()
                        .id(Long.toString(alert.seq()))
                        .name(alert.type())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(alert.payload())
                        .build());
    }

    /**
     * An id this stream never sent (the client kept one from another deployment, or a database that was reset)
     * would otherwise wait silently for alerts that may never come.
     */
    private static void refuseBeyondHead(String lastEventId, long requested, long head) {
        if (requested > head) {
            throw ProblemException.badRequest("Last-Event-ID '" + lastEventId.trim() + "' is beyond the newest alert, "
                    + head + "; this stream never sent it. Send the id of the last event you received from this "
                    + "stream, " + head + " to receive only new alerts, or 0 to replay every alert");
        }
    }

    private static Long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(lastEventId.trim());
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Last-Event-ID '" + lastEventId + "' is not an id this stream sent; "
                    + "send the id of the last event you received, or 0 to replay every alert");
        }
    }
}
