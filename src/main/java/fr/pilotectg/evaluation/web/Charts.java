package fr.pilotectg.evaluation.web;

import fr.pilotectg.evaluation.domain.ReviewReport.YearPoint;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.util.HtmlUtils;

/**
 * Server-side SVG charts (no script, no CDN): an indicator's values and targets over the years, and the plan's fiches
 * by status. Each chart is an image labelled by its caption; the page always shows the same data as a table next to it.
 */
final class Charts {

    static final String VALUE_COLOUR = "#1f4e79";
    static final String TARGET_COLOUR = "#8a4b00";
    private static final int WIDTH = 560;
    private static final int HEIGHT = 220;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private Charts() {}

    /** Values (solid line, dots) and targets (dashed line, squares) per year. */
    static String lines(List<YearPoint> points, String label) {
        List<BigDecimal> all = points.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.target(), p.value()))
                .filter(Objects::nonNull)
                .toList();
        // The scale spans 0 and every value: a signed indicator's negative values (« −12 % ») fall below the 0 line.
        BigDecimal max = all.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal min = all.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (max.signum() <= 0) max = min.signum() < 0 ? BigDecimal.ZERO : BigDecimal.ONE;
        if (min.signum() > 0) min = BigDecimal.ZERO;
        double low = min.doubleValue();
        double span = max.doubleValue() - low;
        if (span <= 0) span = 1;
        int n = points.size();
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double zeroY = TOP + plotH - (0 - low) / span * plotH;
        StringBuilder svg = open(label);
        svg.append(line(LEFT, zeroY, LEFT + plotW, zeroY, "#555"));
        svg.append(line(LEFT, TOP, LEFT, TOP + plotH, "#555"));
        svg.append(text(LEFT - 6, TOP + 4, FrenchNumbers.format(max), "end"));
        svg.append(text(LEFT - 6, zeroY + 4, "0", "end"));
        if (min.signum() < 0)
            svg.append(text(LEFT - 6, TOP + plotH + 4, "\u2212" + FrenchNumbers.format(min.abs()), "end"));
        StringBuilder values = new StringBuilder();
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < n; i++) {
            YearPoint p = points.get(i);
            double x = LEFT + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
            svg.append(text(x, TOP + plotH + 18, String.valueOf(p.year()), "middle"));
            if (p.value() != null) {
                double y = TOP + plotH - (p.value().doubleValue() - low) / span * plotH;
                values.append(fmt(x)).append(',').append(fmt(y)).append(' ');
                svg.append("<circle cx=\"")
                        .append(fmt(x))
                        .append("\" cy=\"")
                        .append(fmt(y))
                        .append("\" r=\"4\" fill=\"")
                        .append(VALUE_COLOUR)
                        .append("\"/>");
            }
            if (p.target() != null) {
                double y = TOP + plotH - (p.target().doubleValue() - low) / span * plotH;
                targets.append(fmt(x)).append(',').append(fmt(y)).append(' ');
                svg.append("<rect x=\"")
                        .append(fmt(x - 4))
                        .append("\" y=\"")
                        .append(fmt(y - 4))
                        .append("\" width=\"8\" height=\"8\" fill=\"none\" stroke=\"")
                        .append(TARGET_COLOUR)
                        .append("\" stroke-width=\"2\"/>");
            }
        }
        if (!targets.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"")
                    .append(TARGET_COLOUR)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"")
                    .append(targets.toString().strip())
                    .append("\"/>");
        }
        if (!values.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"")
                    .append(VALUE_COLOUR)
                    .append("\" stroke-width=\"2.5\" points=\"")
                    .append(values.toString().strip())
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** One horizontal bar per status, labelled with the count. */
    static String bars(Map<String, Long> counts, Map<String, String> labels, String label) {
        long max = Math.max(
                1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int rowH = 26;
        int height = TOP + counts.size() * rowH + 8;
        int labelW = 170;
        double plotW = WIDTH - labelW - 60;
        StringBuilder svg = new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"evaluation-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label))
                .append("\">");
        int i = 0;
        for (var entry : counts.entrySet()) {
            double y = TOP + i * rowH;
            double w = entry.getValue() * plotW / max;
            svg.append(text(labelW - 8, y + 14, labels.getOrDefault(entry.getKey(), entry.getKey()), "end"));
            svg.append("<rect x=\"")
                    .append(labelW)
                    .append("\" y=\"")
                    .append(fmt(y))
                    .append("\" width=\"")
                    .append(fmt(w))
                    .append("\" height=\"18\" fill=\"")
                    .append(VALUE_COLOUR)
                    .append("\"/>");
            svg.append(text(labelW + w + 6, y + 14, String.valueOf(entry.getValue()), "start"));
            i++;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String label) {
        return new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"evaluation-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label))
                .append("\">");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\"/>";
    }

    private static String text(double x, double y, String content, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"12\" fill=\"#212529\" text-anchor=\""
                + anchor + "\">" + HtmlUtils.htmlEscape(content) + "</text>";
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
