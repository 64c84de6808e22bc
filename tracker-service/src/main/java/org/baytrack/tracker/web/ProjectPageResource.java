package org.baytrack.tracker.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.tracker.TrackerConfig;
import org.baytrack.tracker.agreement.AgreementResource;
import org.baytrack.tracker.milestone.TimelineQuery;
import org.baytrack.tracker.project.BoardLines;
import org.baytrack.tracker.project.ProjectResource;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;

/** A project's page, at the address of its JSON line: a browser asks for HTML, API clients for JSON. */
@Path("/projects")
@WebPage
public class ProjectPageResource {
    @Inject
    TrackerConfig config;
    @Inject
    BoardLines board;
    @Inject
    TimelineQuery timeline;
    @Inject
    ProjectResource projects;
    @Inject
    AgreementResource agreements;

    Clock clock = Clock.systemUTC();

    @GET
    @Path("/{id}")
    // below JSON in the server's preference, so a client accepting anything (curl) keeps getting JSON
    @Produces("text/html;qs=0.5")
    @Operation(summary = "A project's page", description = "Its board line, timeline with every report, the "
            + "forecast chart, its agreements and its published changes. Served when the client asks for text/html; JSON stays the default.")
    public Response page(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Messages msg = Messages.of(lang);
        var line = board.line(id);
        if (line.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Pages.notFound(id, Links.board(msg.lang()), msg.lang(), msg.strings())
                            .render())
                    .build();
        }
        var related = new ProjectPage.Related(agreements.ofProject(id), projects.changes(id));
        // the feed already holds every published change: its slips are the count the board shows
        long slips = related.changes().stream()
                .filter(c -> c.change() == ChangeKind.FORECAST_SLIPPED).count();
        var page = ProjectPage.build(line.get(), timeline.of(id), slips,
                new AsOf(LocalDate.now(clock), config.staleAfter()), related, msg);
        return Response.ok(Pages.project(page, msg.strings()).render()).build();
    }
}
