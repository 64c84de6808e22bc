package org.baytrack.tracker.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.tracker.milestone.TimelineEntry;
import org.baytrack.tracker.project.ProjectView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the pages take to build and render with Quarkus' own Qute, on made-up data: a board of 1,000 projects
 * and a project page of 500 milestones. Prints figures and asserts nothing about time, so it never fails a slow
 * machine; tagged out of the default build (README, "Render timing").
 */
@Tag("render-bench")
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class RenderBench {
    static final int WARMUP = 20;
    static final int RUNS = 15;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final AsOf AS_OF = new AsOf(TODAY, Period.ofMonths(18));
    static final String[] STATUSES = {"followed", "planned", "approved", "under_construction", "completed", "opened"};

    @Test
    void boardOfAThousandProjects() {
        List<ProjectView> projects = new ArrayList<>();
        Map<String, LocalDate> reports = new HashMap<>();
        Map<String, Long> slips = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            String id = "bench-project-%04d".formatted(i);
            projects.add(new ProjectView(id, "示例工程" + i, "示例工程" + i, "Sample Works " + i,
                    STATUSES[i % STATUSES.length], (2015 + i % 10) + "-0" + (1 + i % 9), (2026 + i % 8) + "",
                    "year", null));
            reports.put(id, TODAY.minusDays(i % 900));
            slips.put(id, (long) (i % 4));
        }
        var query = new BoardPage.Query(null, null, "-forecast", "zh", true);
        Messages msg = Messages.of("zh");
        String html = measure("board, 1000 projects", () -> BoardPage.build(projects, reports, slips, query, AS_OF, msg),
                page -> Pages.board(page, msg.strings()).render());
        assertThat(PagesTest.rows(html)).isEqualTo(1000);
    }

    @Test
    void projectPageOfFiveHundredMilestones() {
        String[] kinds = {"planned", "approved", "construction_started", "structural", "forecast_opening"};
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            LocalDate reported = LocalDate.of(2010, 1, 1).plusDays(i * 7L);
            String kind = kinds[i % kinds.length];
            String date = kind.equals("forecast_opening") ? (2025 + i % 6) + "" : reported.toString();
            timeline.add(new TimelineEntry(kind, date, kind.equals("forecast_opening") ? "year" : "day", reported,
                    List.of(new TimelineEntry.Evidence("bench-art-" + i, "示例日报", "https://example.org/" + i,
                                    reported, "示例报道 " + i, "示例工程第" + i + "次报道的句子。"),
                            new TimelineEntry.Evidence("bench-art-" + i + "b", "示例晚报", null, reported.plusDays(1),
                                    "转载 " + i, "示例工程第" + i + "次报道的句子。"))));
        }
        var project = new ProjectView("bench-project", "示例工程", "示例工程", "Sample Works", "under_construction",
                "2012-03", "2030", "year", null);
        Messages msg = Messages.of("en");
        String html = measure("project page, 500 milestones", () -> ProjectPage.build(project, timeline, 40, AS_OF, ProjectPage.Related.NONE, msg),
                page -> Pages.project(page, msg.strings()).render());
        assertThat(html.split("class=\"milestone ", -1).length - 1).isEqualTo(500);
    }

    private static <M> String measure(String what, Supplier<M> build, java.util.function.Function<M, String> render) {
        String html = null;
        for (int i = 0; i < WARMUP; i++) {
            html = render.apply(build.get());
        }
        double[] built = new double[RUNS];
        double[] rendered = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            M model = build.get();
            long t1 = System.nanoTime();
            html = render.apply(model);
            long t2 = System.nanoTime();
            built[i] = (t1 - t0) / 1e6;
            rendered[i] = (t2 - t1) / 1e6;
        }
        System.out.printf("render-bench %s: model %.2f ms, render %.2f ms (medians of %d runs after %d warm-up; %d kB)%n",
                what, median(built), median(rendered), RUNS, WARMUP, html.length() / 1024);
        return html;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
