package org.baytrack.tracker.web;

import org.baytrack.events.vocabulary.MilestoneKind;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;
import org.baytrack.tracker.agreement.AgreementView;
import org.baytrack.tracker.milestone.TimelineEntry;
import org.baytrack.tracker.project.ChangeView;
import org.baytrack.tracker.project.ProjectView;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A project page's content: its board line, its timeline with every report, and the forecast chart. */
public final class ProjectPage {

    /**
     * {@code href} is null unless the article's address is a plain web address; {@code articleHref} is this site's
     * view of the article (its cleaned text with the sentence marked).
     */
    public record Report(Quote quote, String source, LocalDate published, String title, String href,
                         String articleHref) {

        public String sentence() {
            return quote.simplified();
        }
    }

    public record Milestone(String kind, String kindLabel, String date, String precision, List<Report> reports) {
    }

    public record Model(BoardPage.Row line, List<Milestone> milestones, ForecastChart.Chart chart,
                        List<AgreementsPage.Row> agreements, List<ProjectFeed.Change> changes, String lang,
                        String boardHref, String otherLangHref, String agreementsHref) {
    }

    /** What the page shows besides the project's own timeline: its agreements and its published changes. */
    public record Related(List<AgreementView> agreements, List<ChangeView> changes) {
        public static final Related NONE = new Related(List.of(), List.of());
    }

    private ProjectPage() {
    }

    public static Model build(ProjectView project, List<TimelineEntry> timeline, long slips, AsOf asOf,
                              Related related, Messages msg) {
        LocalDate latestReport = timeline.stream().flatMap(e -> e.evidence().stream())
                .map(TimelineEntry.Evidence::published).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        BoardPage.Row line = BoardPage.row(project, latestReport, slips, asOf, msg);
        List<Milestone> milestones = timeline.stream().map(e -> milestone(e, msg)).toList();
        String other = "en".equals(msg.lang()) ? "zh" : "en";
        List<AgreementsPage.Row> agreements = related.agreements().stream()
                .map(a -> AgreementsPage.row(a, List.of(), msg)).toList();
        return new Model(line, milestones, ForecastChart.of(forecastReports(timeline)), agreements,
                ProjectFeed.of(related.changes(), msg), msg.lang(), Links.board(msg.lang()),
                Links.project(project.id(), other), Links.agreements(msg.lang()));
    }

    /** A claim that gives no date of its own happened by the day of its first report, and says so. */
    static Milestone milestone(TimelineEntry e, Messages msg) {
        String date;
        String precision;
        if (e.date() != null) {
            date = DateText.of(e.date(), e.precision());
            precision = msg.get(DateText.precisionKey(PartialDate.parse(e.date(), Precision.fromLabel(e.precision())).precision().label()));
        } else if (e.effectiveDate() != null) {
            date = e.effectiveDate().toString();
            precision = msg.get("byReportDate");
        } else {
            date = "";
            precision = "";
        }
        return new Milestone(e.kind(), msg.get("kind_" + e.kind()), date, precision, e.evidence().stream()
                .map(r -> new Report(Quote.of(r.sentence(), r.originalSentence()), r.source(), r.published(),
                        r.title(), webAddress(r.url()), Links.article(r.articleId(), msg.lang())))
                .toList());
    }

    /** Every report of a forecast opening, in the timeline's order. */
    static List<ForecastChart.Report> forecastReports(List<TimelineEntry> timeline) {
        List<ForecastChart.Report> reports = new ArrayList<>();
        for (TimelineEntry e : timeline) {
            if (!MilestoneKind.FORECAST_OPENING.code().equals(e.kind()) || e.date() == null) {
                continue;
            }
            PartialDate forecast = PartialDate.parse(e.date(), Precision.fromLabel(e.precision()));
            e.evidence().forEach(r -> reports.add(new ForecastChart.Report(r.published(), forecast, r.source())));
        }
        return reports;
    }

    /** Only http and https addresses become links: a document could name a {@code javascript:} one. */
    static String webAddress(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
