package org.baytrack.tracker.web;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.tracker.TrackerConfig;
import org.baytrack.tracker.milestone.TimelineQuery;
import org.baytrack.tracker.project.ChangeLog;
import org.baytrack.tracker.project.Project;
import org.baytrack.tracker.project.ProjectView;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** What keeps an open board page current: the changed lines as they commit, and one line to replace. */
@Path("/board")
public class BoardLiveResource {
    @Inject
    TrackerConfig config;
    @Inject
    BoardFeed feed;
    @Inject
    TimelineQuery timeline;
    @Inject
    ChangeLog changes;

    Clock clock = Clock.systemUTC();

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Board lines changed, as server-sent events", description = "Event row: data is the id of "
            + "a project whose line changed (status, forecast, names); event board: so many lines changed at once "
            + "that the whole board should be read again. Starts with the next change; nothing is replayed.")
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        return feed.updates().onItem().transformToIterable(u -> u.wholeBoard()
                ? List.of(sse.newEventBuilder().name("board").data("*").build())
                : u.rows().stream().map(id -> sse.newEventBuilder().name("row").data(id).build()).toList());
    }

    @GET
    @Path("/rows/{id}")
    @Produces(MediaType.TEXT_HTML)
    @WebPage
    @Operation(summary = "One project's board line as the board page's table row (HTML)")
    public String row(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Project project = Project.findById(id);
        if (project == null) {
            throw new NotFoundException();
        }
        Messages msg = Messages.of(Messages.lang(lang));
        var row = BoardPage.row(ProjectView.of(project), timeline.latestReports().get(id),
                changes.count(id, ChangeKind.FORECAST_SLIPPED), new AsOf(LocalDate.now(clock), config.staleAfter()), msg);
        return Pages.board$row(row, msg.strings()).render();
    }
}
