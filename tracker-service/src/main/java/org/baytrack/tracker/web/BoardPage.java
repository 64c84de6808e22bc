package org.baytrack.tracker.web;

import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;
import org.baytrack.tracker.project.ProjectView;
import org.baytrack.tracker.project.Stage;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The board page's content: each project's line as a reader needs it (dates worded, precision named, age of the
 * latest report, stale or not), filtered and sorted as the request asks. Plain Java, so it is tested without a
 * server.
 */
public final class BoardPage {
    /** Columns the board sorts by; {@code -column} sorts descending. */
    public static final List<String> COLUMNS = List.of("name", "status", "since", "forecast", "slips", "reported");

    /**
     * What the reader asked for; blanks mean no filter and the board's own order (by id). Unless {@code all}, or a
     * filter is given, the projects nothing has been reported about yet stay off the board: they are most of the
     * gazetteer and would bury the few with news.
     */
    public record Query(String status, String text, String sort, String lang, boolean all) {
        public Query {
            status = status == null || status.isBlank() ? null : status.strip();
            text = text == null || text.isBlank() ? null : text.strip();
            lang = Messages.lang(lang);
            String column = sort == null ? "" : sort.strip().replaceFirst("^-", "");
            sort = COLUMNS.contains(column) ? sort.strip() : null;
        }

        boolean descending() {
            return sort != null && sort.startsWith("-");
        }

        String column() {
            return sort == null ? null : sort.replaceFirst("^-", "");
        }
    }

    /** A project's line. {@code forecastPrecision} and {@code reported} are already worded; blank when unknown. */
    public record Row(String id, String href, String name, String nameHant, String nameEn, String status,
                      String statusLabel, String since, String forecast, String forecastPrecision, long slips,
                      String reported, LocalDate latestReport, boolean stale) {
    }

    /** A column heading: its link sorts by it (again: the other way), {@code ariaSort} says how it sorts now. */
    public record Column(String key, String label, String href, String ariaSort) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** {@code silent}: projects left off because nothing was reported on them; {@code allHref} shows them. */
    public record Model(Query query, List<Row> rows, int total, int silent, List<Column> columns,
                        List<Option> statuses, String otherLangHref, String resetHref, String allHref) {
    }

    private record Line(ProjectView project, Row row) {
    }

    private BoardPage() {
    }

    public static Model build(List<ProjectView> projects, Map<String, LocalDate> latestReports, Map<String, Long> slips,
                              Query query, AsOf asOf, Messages msg) {
        boolean hideSilent = !query.all() && query.status() == null && query.text() == null;
        List<Line> matching = projects.stream()
                .filter(p -> query.status() == null || query.status().equals(p.status()))
                .filter(p -> matches(p, query.text()))
                .map(p -> new Line(p, row(p, latestReports.get(p.id()), slips.getOrDefault(p.id(), 0L), asOf, msg)))
                .toList();
        List<Line> lines = matching.stream().filter(l -> !hideSilent || !silent(l)).sorted(order(query)).toList();
        List<Column> columns = COLUMNS.stream().map(c -> column(c, query, msg)).toList();
        List<Option> statuses = Arrays.stream(Stage.values())
                .map(s -> new Option(s.code(), msg.get("status_" + s.code()), s.code().equals(query.status())))
                .toList();
        String other = "en".equals(query.lang()) ? "zh" : "en";
        return new Model(query, lines.stream().map(Line::row).toList(), projects.size(),
                matching.size() - lines.size(), columns, statuses,
                Links.board(other, query.status(), query.text(), query.sort(), query.all()),
                Links.board(query.lang()),
                Links.board(query.lang(), null, null, query.sort(), !query.all()));
    }

    private static boolean silent(Line l) {
        return Stage.FOLLOWED.code().equals(l.project().status()) && l.project().forecastOpening() == null
                && l.row().latestReport() == null;
    }

    static boolean matches(ProjectView p, String text) {
        if (text == null) {
            return true;
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return java.util.stream.Stream.of(p.id(), p.name(), p.nameHant(), p.nameEn())
                .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(wanted));
    }

    static Row row(ProjectView p, LocalDate latestReport, long slips, AsOf asOf, Messages msg) {
        // the latest change's evidence dates the project when no report of it is dated by the timeline
        LocalDate latest = latestReport != null ? latestReport
                : p.lastEvidence() == null ? null : p.lastEvidence().published();
        EvidenceAge age = EvidenceAge.of(latest, asOf);
        String precisionKey = DateText.precisionKey(p.forecastPrecision());
        return new Row(p.id(), Links.project(p.id(), msg.lang()), p.name(), p.nameHant(), p.nameEn(), p.status(),
                msg.get("status_" + p.status()), DateText.of(p.statusDate(), null),
                DateText.of(p.forecastOpening(), p.forecastPrecision()),
                precisionKey == null ? "" : msg.get(precisionKey), slips,
                age == null ? msg.get("ageNone") : msg.format(age.text()), latest, age != null && age.stale());
    }

    private static Comparator<Line> order(Query query) {
        Comparator<Line> byId = Comparator.comparing(l -> l.project().id());
        if (query.column() == null) {
            return byId;
        }
        Collator collator = Collator.getInstance("en".equals(query.lang()) ? Locale.ENGLISH : Locale.CHINESE);
        Comparator<Line> column = switch (query.column()) {
            case "name" -> Comparator.comparing(l -> "en".equals(query.lang()) ? l.project().nameEn() : l.project().name(),
                    Comparator.nullsLast(collator));
            case "status" -> Comparator.comparing(l -> Stage.of(l.project().status()));
            case "since" -> nullsLast(l -> start(l.project().statusDate()), Comparator.<LocalDate>naturalOrder(), query);
            case "forecast" -> nullsLast(l -> forecast(l.project()), PartialDate::compareTimeTo, query);
            case "slips" -> Comparator.comparingLong(l -> l.row().slips());
            default -> nullsLast(l -> l.row().latestReport(), Comparator.<LocalDate>naturalOrder(), query);
        };
        if (query.descending() && !List.of("since", "forecast", "reported").contains(query.column())) {
            column = column.reversed();
        }
        return column.thenComparing(byId);
    }

    /** Unknown dates stay at the bottom whichever way the column sorts: they are not early nor late. */
    private static <T> Comparator<Line> nullsLast(Function<Line, T> key, Comparator<T> order, Query query) {
        return Comparator.comparing(key, Comparator.nullsLast(query.descending() ? order.reversed() : order));
    }

    private static PartialDate forecast(ProjectView p) {
        return p.forecastOpening() == null ? null : safe(p.forecastOpening(), p.forecastPrecision());
    }

    private static LocalDate start(String iso) {
        PartialDate d = iso == null ? null : safe(iso, null);
        return d == null ? null : d.start();
    }

    private static PartialDate safe(String iso, String precision) {
        try {
            return PartialDate.parse(iso, Precision.fromLabel(precision));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Column column(String key, Query query, Messages msg) {
        boolean current = key.equals(query.column());
        String next = current && !query.descending() ? "-" + key : key;
        String aria = !current ? "none" : query.descending() ? "descending" : "ascending";
        return new Column(key, msg.get("col_" + key), Links.board(query.lang(), query.status(), query.text(), next, query.all()),
                aria);
    }
}
