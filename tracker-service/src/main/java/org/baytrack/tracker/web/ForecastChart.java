package org.baytrack.tracker.web;

import org.baytrack.events.vocabulary.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The forecast chart of a project page, as SVG coordinates: the forecast opening (y, later is higher) against the
 * day it was reported (x), one point per dated report. A forecast names a period, so each point sits in the middle
 * of its period with a bar spanning it. Each report is marked against the one before it: a later forecast is a slip,
 * an earlier one an advance (by the period's last day, then its first, as the board decides). Reports without a
 * publication date have no x and are only counted.
 */
public final class ForecastChart {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;
    public static final int LEFT = 56;
    public static final int RIGHT = 20;
    public static final int TOP = 16;
    public static final int BOTTOM = 36;

    public enum Mark {
        FIRST, SLIP, ADVANCE, SAME;

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One forecast report: when it was published, what it forecast, who published it. */
    public record Report(LocalDate reported, PartialDate forecast, String source) {
    }

    /** {@code y1}–{@code y2} spans the forecast period; {@code label} is for the point's tooltip. */
    public record Point(double x, double y, double y1, double y2, Mark mark, LocalDate reported, String forecast,
                        String source) {
    }

    public record Tick(double at, String label) {
    }

    public record Chart(List<Point> points, String path, List<Tick> xTicks, List<Tick> yTicks, int undated,
                        long slips, long advances) {
        public boolean isEmpty() {
            return points.isEmpty();
        }

        public int width() {
            return WIDTH;
        }

        public int height() {
            return HEIGHT;
        }

        public int left() {
            return LEFT;
        }

        public int right() {
            return WIDTH - RIGHT;
        }

        public int top() {
            return TOP;
        }

        public int bottom() {
            return HEIGHT - BOTTOM;
        }

        /** Where the year labels of each axis stand: left of the y axis, under the x axis. */
        public int yLabelX() {
            return LEFT - 6;
        }

        public int xLabelY() {
            return HEIGHT - BOTTOM + 18;
        }
    }

    private ForecastChart() {
    }

    public static Chart of(List<Report> reports) {
        List<Report> dated = reports.stream().filter(r -> r.reported() != null && r.forecast() != null)
                .sorted(Comparator.comparing(Report::reported)).toList();
        int undated = reports.size() - dated.size();
        if (dated.isEmpty()) {
            return new Chart(List.of(), "", List.of(), List.of(), undated, 0, 0);
        }
        // x: whole years around the reports; y: whole years around the forecast periods
        LocalDate x0 = yearStart(dated.get(0).reported());
        LocalDate x1 = yearStart(dated.get(dated.size() - 1).reported()).plusYears(1);
        LocalDate y0 = yearStart(dated.stream().map(r -> r.forecast().start()).min(Comparator.naturalOrder()).orElseThrow());
        LocalDate y1 = yearStart(dated.stream().map(r -> r.forecast().end()).max(Comparator.naturalOrder()).orElseThrow())
                .plusYears(1);
        Scale sx = new Scale(x0, x1, LEFT, WIDTH - RIGHT);
        Scale sy = new Scale(y0, y1, HEIGHT - BOTTOM, TOP);

        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        PartialDate previous = null;
        for (Report r : dated) {
            Mark mark = previous == null ? Mark.FIRST : switch (Integer.signum(r.forecast().compareTimeTo(previous))) {
                case 1 -> Mark.SLIP;
                case -1 -> Mark.ADVANCE;
                default -> Mark.SAME;
            };
            LocalDate start = r.forecast().start();
            LocalDate end = r.forecast().end().plusDays(1);
            LocalDate middle = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
            Point p = new Point(sx.at(r.reported()), sy.at(middle), sy.at(start), sy.at(end), mark, r.reported(),
                    DateText.of(r.forecast().iso(), r.forecast().precision().label()), r.source());
            points.add(p);
            path.append(path.isEmpty() ? "M" : " L").append(p.x()).append(' ').append(p.y());
            previous = r.forecast();
        }
        long slips = points.stream().filter(p -> p.mark() == Mark.SLIP).count();
        long advances = points.stream().filter(p -> p.mark() == Mark.ADVANCE).count();
        return new Chart(points, path.toString(), ticks(x0, x1, sx), ticks(y0, y1, sy), undated, slips, advances);
    }

    private static LocalDate yearStart(LocalDate d) {
        return LocalDate.of(d.getYear(), 1, 1);
    }

    /** A tick each year, or each few years so that at most about eight are labelled. */
    private static List<Tick> ticks(LocalDate from, LocalDate to, Scale scale) {
        int years = to.getYear() - from.getYear();
        int step = Math.max(1, (years + 7) / 8);
        List<Tick> ticks = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y += step) {
            ticks.add(new Tick(scale.at(LocalDate.of(y, 1, 1)), Integer.toString(y)));
        }
        return ticks;
    }

    /** Days onto pixels, rounded to a tenth. */
    private record Scale(LocalDate from, LocalDate to, double pixelFrom, double pixelTo) {
        double at(LocalDate d) {
            double span = to.toEpochDay() - from.toEpochDay();
            double v = pixelFrom + (d.toEpochDay() - from.toEpochDay()) / span * (pixelTo - pixelFrom);
            return Math.round(v * 10) / 10.0;
        }
    }
}
