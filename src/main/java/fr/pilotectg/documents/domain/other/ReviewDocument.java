package fr.pilotectg.documents.domain.other;

import fr.pilotectg.documents.domain.FrenchText;
import fr.pilotectg.evaluation.ReviewFile;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The COPIL file of a review as XHTML: the annual review of a year or the final bilan, with the plan's progress (chart
 * of the fiches by status and its table), the fiches, the places of the schéma (chart and table), the indicators
 * against their targets (table, and a chart per indicator followed over several years) and the texts of the review;
 * what nobody wrote prints « non renseigné ».
 */
@Component
class ReviewDocument {

    private final MessageSource messages;
    private final ChartImages charts;

    ReviewDocument(MessageSource messages, ChartImages charts) {
        this.messages = messages;
        this.charts = charts;
    }

    String title(ReviewFile r) {
        return r.annual() ? msg("otherdocs.review.title", String.valueOf(r.year())) : msg("otherdocs.bilan.title");
    }

    String xhtml(ReviewFile r) {
        String title = title(r);
        var page = new PrintedPage(title + " — " + r.conventionTitle(), msg("otherdocs.copil.subject"));
        page.title(title).centered(r.conventionTitle());
        page.centered(msg("otherdocs.review.period", String.valueOf(r.fromYear()), String.valueOf(r.toYear())));
        if (r.asOf() != null) page.centered(msg("otherdocs.review.asOf", FrenchText.date(r.asOf())));
        page.centered(
                r.frozen()
                        ? msg(
                                "otherdocs.review.frozen",
                                r.presentedOn() == null ? unknown() : FrenchText.date(r.presentedOn()))
                        : msg("otherdocs.review.live"));

        Map<String, Long> byStatus = new LinkedHashMap<>();
        r.countsByStatus().forEach((status, count) -> byStatus.put(msg("actionplan.status." + status), count));
        page.section(msg("evaluation.review.progress"));
        page.paragraph(
                msg("evaluation.review.lateCount", r.lateCount(), r.fiches().size()) + " · "
                        + msg("evaluation.review.averageProgress", r.averageProgress()));
        page.image(charts.bars(byStatus), msg("evaluation.review.progress.caption"), 15);
        page.table(
                List.of(msg("otherdocs.col.status"), msg("evaluation.review.count")),
                byStatus.entrySet().stream()
                        .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
                        .toList());

        page.section(msg("evaluation.review.fiches"));
        if (r.fiches().isEmpty()) page.paragraph(msg("otherdocs.review.noFiche"));
        else
            page.table(
                    List.of(
                            msg("otherdocs.col.fiche"),
                            msg("otherdocs.col.status"),
                            msg("otherdocs.col.progress"),
                            msg("otherdocs.col.late")),
                    r.fiches().stream()
                            .map(f -> List.of(
                                    f.title(),
                                    msg("actionplan.status." + f.status()),
                                    f.progress() + "\u00a0%",
                                    f.late() ? msg("otherdocs.yes") : msg("otherdocs.no")))
                            .toList());

        page.section(msg("evaluation.review.places"));
        if (r.places() == null) page.paragraph(msg("evaluation.review.places.none"));
        else {
            page.paragraph(msg("evaluation.review.places.planned") + " : "
                    + number(r.places().planned()) + " · " + msg("evaluation.review.places.realised") + " : "
                    + number(r.places().realised()));
            page.image(charts.lines(points(r.places().points())), msg("evaluation.review.places.caption"), 15);
            page.table(
                    List.of(
                            msg("otherdocs.col.year"),
                            msg("evaluation.review.places.planned"),
                            msg("evaluation.review.places.realised")),
                    r.places().points().stream()
                            .map(p -> List.of(String.valueOf(p.year()), number(p.target()), number(p.value())))
                            .toList());
        }

        page.section(msg("evaluation.review.indicators"));
        if (r.indicators().isEmpty()) page.paragraph(msg("otherdocs.review.noIndicator"));
        else {
            var rows = new ArrayList<List<String>>();
            for (ReviewFile.Indicator i : r.indicators()) {
                String baseline = i.baselineValue() == null
                        ? unknown()
                        : value(i.baselineValue(), i) + (i.baselineYear() == null ? "" : " (" + i.baselineYear() + ")");
                rows.add(List.of(
                        i.name() + (i.computed() ? " (" + msg("evaluation.computed") + ")" : ""),
                        baseline,
                        i.year() == null ? "" : String.valueOf(i.year()),
                        value(i.target(), i),
                        value(i.value(), i),
                        msg("evaluation.reached." + i.reached()),
                        msg("evaluation.trend." + i.trend())));
            }
            page.table(
                    List.of(
                            msg("evaluation.col.indicator"),
                            msg("evaluation.col.baseline"),
                            msg("otherdocs.col.year"),
                            msg("evaluation.col.target"),
                            msg("evaluation.col.value"),
                            msg("evaluation.col.reached"),
                            msg("evaluation.col.trend")),
                    rows);
            for (ReviewFile.Indicator i : r.indicators()) {
                boolean drawable = i.points().size() > 1
                        && i.points().stream().anyMatch(p -> p.value() != null || p.target() != null);
                if (!drawable) continue;
                page.heading(i.name());
                page.image(charts.lines(points(i.points())), msg("otherdocs.chart.indicator", i.name()), 15);
            }
        }

        page.section(msg("evaluation.review.texts"));
        page.heading(msg("evaluation.review.conclusions")).paragraph(orUnknown(r.conclusions()));
        page.heading(msg("evaluation.review.adjustments")).paragraph(orUnknown(r.adjustments()));
        if (!r.annual()) {
            page.heading(msg("evaluation.review.effects")).paragraph(orUnknown(r.effects()));
            page.heading(msg("evaluation.review.objectives"));
            if (r.carriedObjectives().isEmpty()) page.paragraph(unknown());
            else page.bullets(r.carriedObjectives());
        }
        return page.xhtml();
    }

    private static List<ChartImages.Point> points(List<ReviewFile.Point> points) {
        return points.stream()
                .map(p -> new ChartImages.Point(p.year(), p.target(), p.value()))
                .toList();
    }

    private String value(BigDecimal value, ReviewFile.Indicator i) {
        if (value == null) return unknown();
        String number = FrenchNumbers.format(value.abs());
        String sign = value.signum() < 0 ? "\u2212" : i.signed() && value.signum() > 0 ? "+" : "";
        String symbol = "OTHER".equals(i.unit())
                ? (i.customUnit() == null ? "" : i.customUnit())
                : messages.getMessage("evaluation.unit." + i.unit(), null, "", Locale.FRANCE);
        return sign + number + (symbol.isBlank() ? "" : "\u00a0" + symbol);
    }

    private String number(BigDecimal value) {
        return value == null ? unknown() : FrenchNumbers.format(value);
    }

    private String orUnknown(String text) {
        return text == null || text.isBlank() ? unknown() : text;
    }

    private String unknown() {
        return msg("otherdocs.unknown");
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
