package org.baytrack.tracker.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.baytrack.commons.problem.ProblemException;
import org.baytrack.tracker.milestone.TimelineEntry;
import org.baytrack.tracker.milestone.TimelineQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "The status board, each project's timeline and its published changes")
public class ProjectResource {
    @Inject
    TimelineQuery timeline;
    @Inject
    BoardLines board;

    @GET
    @Operation(summary = "The status board", description = "Every followed project with its status, status date, "
            + "forecast opening and the evidence of its latest change, ordered by id.")
    @APIResponse(responseCode = "200", description = "The board")
    @APIResponse(responseCode = "400", description = "Unknown status filter",
            content = @Content(mediaType = "application/problem+json"))
    public List<ProjectView> list(@Parameter(description = "Only projects with this status",
            schema = @Schema(enumeration = {"followed", "planned", "approved", "under_construction", "completed", "opened"}))
                                  @QueryParam("status") String status) {
        List<Project> projects;
        if (status == null || status.isBlank()) {
            projects = Project.list("order by id");
        } else {
            try {
                Stage.of(status);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Unknown status '" + status + "'. Use one of "
                        + Arrays.stream(Stage.values()).map(Stage::code).toList() + ", or leave it out for all.");
            }
            projects = Project.list("status = ?1 order by id", status);
        }
        return projects.stream().map(ProjectView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One project's board line")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "Not a followed project",
            content = @Content(mediaType = "application/problem+json"))
    public ProjectView get(@Parameter(example = "huangmaohai-passage") @PathParam("id") String id) {
        return board.line(id).orElseThrow(() -> notFollowed(id));
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "A project's timeline", description = "Every milestone found in every article, oldest "
            + "first; one claim reported by several articles is one milestone with several pieces of evidence.")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "Not a followed project",
            content = @Content(mediaType = "application/problem+json"))
    public List<TimelineEntry> timeline(@Parameter(example = "huangmaohai-passage") @PathParam("id") String id) {
        find(id);
        return timeline.of(id);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(summary = "A project's published changes", description = "Every project.status-changed published "
            + "for the project, oldest first: status changes, forecast slips and advances, new milestones.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "Not a followed project",
            content = @Content(mediaType = "application/problem+json"))
    public List<ChangeView> changes(@Parameter(example = "huangmaohai-passage") @PathParam("id") String id) {
        find(id);
        return StatusChange.<StatusChange>list("projectId = ?1 order by seq", id).stream().map(ChangeView::of).toList();
    }

    private static Project find(String id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw notFollowed(id);
        }
        return project;
    }

    private static ProblemException notFollowed(String id) {
        return ProblemException.notFound("No followed project has id '" + id + "'. GET /projects lists them.");
    }
}
