package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.Milestone;
import fr.pilotectg.actionplan.domain.PlanViews.FicheLine;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.shared.DatePrecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.springframework.web.util.HtmlUtils;

/**
 * The plan as a Gantt-like chart drawn on the server (SVG, no script): the convention's period on top (a year or month
 * known only to the year or month is drawn over the whole year or month and labelled so), then per fiche a bar from
 * its first to its last échéance (fiches carry no start date of their own in the CTG template) with each échéance a
 * diamond named in its tooltip, and today's line from the application's clock. {@link #rows} is the same data as a
 * table, which the page shows under the chart.
 */
record Gantt(String svg, List<Row> rows, LocalDate from, LocalDate to) {

    /** One fiche: its échéances in date order (null dates left out); first and last null when none is dated. */
    record Row(FicheLine line, LocalDate first, LocalDate last, List<Mark> marks) {}

    /**
     * An échéance and its state as of today: done, late (passed, not done, fiche not closed) or open. {@code dueOn} is
     * where it is drawn, its last possible day; {@code when} is how the fiche gives it (« 2024 », « 06/2024 »).
     */
    record Mark(LocalDate dueOn, String when, String label, String state) {}

    private static final int WIDTH = 1000;
    private static final int LABEL_W = 260;
    private static final int RIGHT = 16;
    private static final int TOP = 44;
    private static final int ROW_H = 26;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    /**
     * {@code text(key, args)} gives the French labels ({@code actionplan.gantt.*}, {@code date.precision.*}).
     */
    static Gantt of(
            ConventionSummary convention,
            List<FicheLine> lines,
            LocalDate today,
            BiFunction<String, Object[], String> text) {
        List<Row> rows = new ArrayList<>();
        for (FicheLine line : lines) {
            List<Mark> marks = line.fiche().content().milestones().stream()
                    .filter(m -> m.dueOn() != null)
                    .map(m -> new Mark(
                            Objects.requireNonNull(m.dueBy()),
                            Objects.requireNonNull(m.dueOn()).french(),
                            m.label(),
                            state(m, line, today)))
                    .sorted(Comparator.comparing(Mark::dueOn))
                    .toList();
            rows.add(new Row(
                    line,
                    marks.isEmpty() ? null : marks.get(0).dueOn(),
                    marks.isEmpty() ? null : marks.get(marks.size() - 1).dueOn(),
                    marks));
        }
        LocalDate start = periodStart(convention);
        LocalDate end = periodEnd(convention);
        List<LocalDate> all = new ArrayList<>();
        if (start != null) all.add(start);
        if (end != null) all.add(end);
        rows.forEach(r -> r.marks().forEach(m -> all.add(m.dueOn())));
        if (all.isEmpty()) all.add(today);
        LocalDate min = all.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate max = all.stream().max(Comparator.naturalOrder()).orElseThrow();
        LocalDate from = LocalDate.of(min.getYear(), 1, 1);
        LocalDate to = LocalDate.of(max.getYear() + 1, 1, 1);
        double days = ChronoUnit.DAYS.between(from, to);
        double plotW = WIDTH - LABEL_W - RIGHT;
        java.util.function.ToDoubleFunction<LocalDate> x =
                d -> LABEL_W + ChronoUnit.DAYS.between(from, d) / days * plotW;

        List<Row> drawn = rows.stream().filter(r -> !r.marks().isEmpty()).toList();
        int height = TOP + (drawn.size() + 1) * ROW_H + 12;
        StringBuilder svg = new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"plan-gantt\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(esc(text.apply("actionplan.gantt.caption", new Object[] {convention.title()})))
                .append("\">");
        // Years: a line and a label at each 1 January.
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            double gx = x.applyAsDouble(LocalDate.of(y, 1, 1));
            svg.append(line(gx, 18, gx, height - 8, "#adb5bd", null));
            if (y < to.getYear()) svg.append(text(gx + 4, 14, String.valueOf(y), "start", "#212529", 12));
        }
        // The convention's period.
        double py = TOP;
        if (start != null && end != null) {
            svg.append(text(
                    LABEL_W - 8, py + 16, text.apply("actionplan.gantt.period", new Object[0]), "end", "#212529", 12));
            svg.append(rect(
                    x.applyAsDouble(start),
                    py + 5,
                    x.applyAsDouble(end.plusDays(1)) - x.applyAsDouble(start),
                    14,
                    "#6c757d",
                    esc(periodLabel(convention, text))));
        }
        // One row per fiche with a dated échéance.
        for (int i = 0; i < drawn.size(); i++) {
            Row row = drawn.get(i);
            double ry = TOP + (i + 1) * ROW_H;
            svg.append(text(
                    LABEL_W - 8, ry + 16, shorten(row.line().fiche().content().title()), "end", "#212529", 12));
            double bx = x.applyAsDouble(row.first());
            double bw = Math.max(2, x.applyAsDouble(row.last()) - bx);
            svg.append(rect(bx, ry + 8, bw, 10, colour(row), esc(text.apply("actionplan.gantt.bar", new Object[] {
                row.line().fiche().content().title(),
                row.marks().get(0).when(),
                row.marks().get(row.marks().size() - 1).when()
            }))));
            for (Mark m : row.marks()) {
                double mx = x.applyAsDouble(m.dueOn());
                double my = ry + 13;
                svg.append("<path class=\"gantt-mark gantt-")
                        .append(m.state())
                        .append("\" d=\"M")
                        .append(fmt(mx))
                        .append(' ')
                        .append(fmt(my - 7))
                        .append(" L")
                        .append(fmt(mx + 7))
                        .append(' ')
                        .append(fmt(my))
                        .append(" L")
                        .append(fmt(mx))
                        .append(' ')
                        .append(fmt(my + 7))
                        .append(" L")
                        .append(fmt(mx - 7))
                        .append(' ')
                        .append(fmt(my))
                        .append(" Z\" fill=\"")
                        .append(markColour(m.state()))
                        .append("\" stroke=\"#fff\"><title>")
                        .append(esc(m.when() + " : " + m.label() + " — "
                                + text.apply("actionplan.timeline." + m.state(), new Object[0])))
                        .append("</title></path>");
            }
        }
        // Today.
        if (!today.isBefore(from) && today.isBefore(to)) {
            double tx = x.applyAsDouble(today);
            svg.append(line(tx, 22, tx, height - 8, "#a51d2d", "4 3"));
            svg.append(text(
                    tx + 4,
                    32,
                    text.apply("actionplan.gantt.today", new Object[] {DAY.format(today)}),
                    "start",
                    "#a51d2d",
                    11));
        }
        svg.append("</svg>");
        return new Gantt(svg.toString(), rows, from, to);
    }

    /** The first day the period may start: 1 January of a year known to the year, the 1st of a month. */
    private static LocalDate periodStart(ConventionSummary c) {
        if (c.start() == null) return null;
        DatePrecision p = c.startPrecision() == null ? DatePrecision.DAY : c.startPrecision();
        return switch (p) {
            case DAY -> c.start();
            case MONTH -> c.start().withDayOfMonth(1);
            case YEAR -> c.start().withDayOfYear(1);
        };
    }

    /** The last day the period may end: 31 December of a year known to the year, the last of a month. */
    private static LocalDate periodEnd(ConventionSummary c) {
        if (c.end() == null) return null;
        DatePrecision p = c.endPrecision() == null ? DatePrecision.DAY : c.endPrecision();
        return switch (p) {
            case DAY -> c.end();
            case MONTH -> c.end().withDayOfMonth(c.end().lengthOfMonth());
            case YEAR -> c.end().withDayOfYear(c.end().lengthOfYear());
        };
    }

    /** « du 01/01/2023 au 31/12/2026 », or « 2021 (connue à l’année) – 2024 (connue à l’année) ». */
    static String periodLabel(ConventionSummary c, BiFunction<String, Object[], String> text) {
        if (c.start() == null || c.end() == null) return text.apply("actionplan.gantt.period.unknown", new Object[0]);
        return text.apply(
                "actionplan.gantt.period.value",
                new Object[] {bound(c.start(), c.startPrecision(), text), bound(c.end(), c.endPrecision(), text)});
    }

    private static String bound(LocalDate date, DatePrecision precision, BiFunction<String, Object[], String> text) {
        DatePrecision p = precision == null ? DatePrecision.DAY : precision;
        return switch (p) {
            case DAY -> DAY.format(date);
            case MONTH ->
                String.format(Locale.FRANCE, "%02d/%d", date.getMonthValue(), date.getYear()) + " ("
                        + text.apply(p.messageKey(), new Object[0]) + ")";
            case YEAR -> date.getYear() + " (" + text.apply(p.messageKey(), new Object[0]) + ")";
        };
    }

    private static String state(Milestone m, FicheLine line, LocalDate today) {
        if (m.done()) return "done";
        return m.lateOn(today) && !line.fiche().status().isClosed() ? "late" : "open";
    }

    private static String colour(Row row) {
        return switch (row.line().fiche().status()) {
            case DONE -> "#1b5e2f";
            case ABANDONED -> "#6c757d";
            default -> row.line().late() ? "#a51d2d" : "#1d3f8a";
        };
    }

    private static String markColour(String state) {
        return switch (state) {
            case "done" -> "#1b5e2f";
            case "late" -> "#a51d2d";
            default -> "#8a4b00";
        };
    }

    private static String shorten(String title) {
        String t = Objects.requireNonNullElse(title, "");
        return t.length() <= 38 ? t : t.substring(0, 37) + "…";
    }

    private static String rect(double x, double y, double w, double h, String colour, String title) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(Math.max(w, 1)) + "\" height=\""
                + fmt(h) + "\" rx=\"3\" fill=\"" + colour + "\"><title>" + title + "</title></rect>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String content, String anchor, String colour, int size) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"" + size + "\" fill=\"" + colour
                + "\" text-anchor=\"" + anchor + "\">" + esc(content) + "</text>";
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
