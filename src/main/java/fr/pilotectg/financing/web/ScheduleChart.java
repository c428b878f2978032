package fr.pilotectg.financing.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.web.util.HtmlUtils;

/**
 * The schedule as a server-side SVG image (no script): one stacked column per year, one colour per source (PS, BT,
 * bonuses), with a legend. Unknown lines are not drawn; the table next to the chart says how many there are.
 */
final class ScheduleChart {

    private static final String[] COLOURS = {"#1f4e79", "#2e7d32", "#8a4b00"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 90;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;

    private ScheduleChart() {}

    static String of(ScheduleView schedule, String label) {
        double max = 1;
        for (int i = 0; i < schedule.years().size(); i++)
            max = Math.max(max, schedule.yearTotals().get(i).amount().amount().doubleValue());
        double plotH = HEIGHT - TOP - BOTTOM;
        double slot =
                (WIDTH - LEFT - 16) / (double) Math.max(1, schedule.years().size());
        double barW = Math.min(60, slot * 0.6);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" class=\"financing-chart\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label, "UTF-8"))
                .append("\">");
        svg.append(text(LEFT - 8, TOP + 4, euros(max), "end"));
        svg.append(text(LEFT - 8, TOP + plotH, "0 €", "end"));
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(TOP + plotH));
        svg.append("\" x2=\"").append(WIDTH - 16).append("\" y2=\"").append(fmt(TOP + plotH));
        svg.append("\" stroke=\"#6c757d\"/>");
        for (int i = 0; i < schedule.years().size(); i++) {
            double x = LEFT + i * slot + (slot - barW) / 2;
            double base = TOP + plotH;
            for (int s = 0; s < schedule.sources().size(); s++) {
                double value = schedule.sources()
                        .get(s)
                        .cells()
                        .get(i)
                        .amount()
                        .amount()
                        .doubleValue();
                double h = value * plotH / max;
                if (h <= 0) continue;
                base -= h;
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(base));
                svg.append("\" width=\"")
                        .append(fmt(barW))
                        .append("\" height=\"")
                        .append(fmt(h));
                svg.append("\" fill=\"").append(COLOURS[s % COLOURS.length]).append("\"/>");
            }
            svg.append(text(
                    x + barW / 2,
                    TOP + plotH + 16,
                    String.valueOf(schedule.years().get(i)),
                    "middle"));
        }
        double lx = LEFT;
        for (int s = 0; s < schedule.sources().size(); s++) {
            String name = schedule.sources().get(s).label();
            svg.append("<rect x=\"").append(fmt(lx)).append("\" y=\"").append(HEIGHT - 22);
            svg.append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[s % COLOURS.length])
                    .append("\"/>");
            svg.append(text(lx + 16, HEIGHT - 12, name, "start"));
            lx += 24 + name.length() * 7;
        }
        return svg.append("</svg>").toString();
    }

    private static String euros(double value) {
        return fr.pilotectg.shared.FrenchNumbers.format(BigDecimal.valueOf(Math.round(value)), 0) + " €";
    }

    private static String text(double x, double y, String content, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"12\" fill=\"#212529\" text-anchor=\""
                + anchor + "\">" + HtmlUtils.htmlEscape(content, "UTF-8") + "</text>";
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
