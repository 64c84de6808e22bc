package org.baytrack.tracker.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.tracker.TrackerConfig;
import org.baytrack.tracker.milestone.TimelineQuery;
import org.baytrack.tracker.project.ChangeLog;
import org.baytrack.tracker.project.Project;
import org.baytrack.tracker.project.ProjectView;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;

@Path("/")
@WebPage
public class BoardPageResource {
    @Inject
    TrackerConfig config;
    @Inject
    TimelineQuery timeline;
    @Inject
    ChangeLog changes;

    Clock clock = Clock.systemUTC();

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The board as a web page", description = "Every followed project; filters by status and "
            + "by name (any script), sorts by a column (-column descending), interface in zh or en. Projects nothing was "
            + "reported on yet show only with all=1 or a filter.")
    public String board(@QueryParam("status") String status, @QueryParam("q") String text,
                        @QueryParam("sort") String sort, @QueryParam("lang") String lang,
                        @QueryParam("all") String all) {
        var query = new BoardPage.Query(status, text, sort, lang, all != null && !all.isBlank() && !"0".equals(all));
        Messages msg = Messages.of(query.lang());
        var page = BoardPage.build(Project.<Project>list("order by id").stream().map(ProjectView::of).toList(),
                timeline.latestReports(), changes.countByProject(ChangeKind.FORECAST_SLIPPED), query,
                new AsOf(LocalDate.now(clock), config.staleAfter()), msg);
        return Pages.board(page, msg.strings()).render();
    }
}
