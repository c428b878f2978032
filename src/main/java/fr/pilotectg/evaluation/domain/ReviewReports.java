package fr.pilotectg.evaluation.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.diagnostic.Diagnostics;
import fr.pilotectg.diagnostic.SchemaPlaces;
import fr.pilotectg.evaluation.domain.EvaluationViews.IndicatorLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a review shows, computed live. An annual review of a past year shows the state at 31 December of that year
 * (fiches from the plan's dated history, places created up to that day, the indicators' values of that year); the
 * current year's review shows today's, the final bilan the convention's end (today's while it runs). Places and actions late come from the same computations as
 * the indicators, the schéma page and the diagnostic.
 */
@Component
class ReviewReports {

    private final Computations computations;
    private final IndicatorValues values;
    private final Diagnostics diagnostics;

    ReviewReports(Computations computations, IndicatorValues values, Diagnostics diagnostics) {
        this.computations = computations;
        this.values = values;
        this.diagnostics = diagnostics;
    }

    /**
     * The day a review describes: 31 December of its year (the bilan: of the convention's last year), or the convention's
     * end or today when earlier; the day the indicators' values of that year are taken at too.
     */
    static LocalDate asOf(ConventionSummary convention, Review.Kind kind, Integer year, LocalDate today) {
        return Computations.dayOf(
                convention, kind == Review.Kind.ANNUAL ? year : convention.end().getYear(), today);
    }

    ReviewReport report(ConventionSummary convention, Review.Kind kind, Integer year, LocalDate today) {
        YearSpan span = YearSpan.of(convention.start(), convention.end());
        LocalDate asOf = asOf(convention, kind, year, today);
        List<FicheSummary> fiches = computations.fichesAt(convention.id(), asOf, today);
        List<ReviewReport.FicheRow> rows = fiches.stream()
                .map(f ->
                        new ReviewReport.FicheRow(f.id(), f.title(), f.status().name(), f.progress(), f.late()))
                .sorted(Comparator.comparing((ReviewReport.FicheRow r) -> !r.late()))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        ActionPlans.STATUSES.forEach(s -> counts.put(
                s, fiches.stream().filter(f -> f.status().name().equals(s)).count()));
        long late = fiches.stream().filter(FicheSummary::late).count();
        int average = fiches.isEmpty()
                ? 0
                : (int) Math.round(fiches.stream()
                        .mapToInt(FicheSummary::progress)
                        .average()
                        .orElse(0));
        Map<UUID, String> titles = new HashMap<>();
        fiches.forEach(f -> titles.put(f.id(), f.title()));
        List<ReviewReport.IndicatorRow> indicators = new ArrayList<>();
        for (IndicatorLine line : values.lines(convention, titles, today)) {
            IndicatorData d = line.data();
            int at = year != null ? year : lastYearWithValue(line, span);
            List<ReviewReport.YearPoint> points = (kind == Review.Kind.ANNUAL ? List.of(at) : span.years())
                    .stream()
                            .map(y -> new ReviewReport.YearPoint(y, line.target(y), line.value(y)))
                            .toList();
            indicators.add(new ReviewReport.IndicatorRow(
                    line.id(),
                    line.indicator().code(),
                    d.name(),
                    d.unit().name(),
                    d.direction().name(),
                    line.computed(),
                    line.computed() ? line.computedSource() : d.source(),
                    d.baselineValue(),
                    d.baselineYear(),
                    points,
                    at,
                    line.target(at),
                    line.value(at),
                    line.reached(at),
                    Trend.of(d.direction(), d.baselineValue(), d.baselineYear(), line.values(), at)
                            .name(),
                    d.customUnit(),
                    d.signed()));
        }
        return new ReviewReport(
                convention.id(),
                convention.title(),
                kind.name(),
                year,
                kind == Review.Kind.ANNUAL ? year : span.from(),
                kind == Review.Kind.ANNUAL ? year : span.to(),
                today,
                asOf,
                rows,
                counts,
                late,
                average,
                indicators,
                places(convention, kind, year, asOf, span));
    }

    /** Places planned and created by the schéma: up to the review's year (cumulated), or in total for the bilan. */
    private ReviewReport.Places places(
            ConventionSummary convention, Review.Kind kind, Integer year, LocalDate asOf, YearSpan span) {
        SchemaPlaces places = diagnostics.places(convention.id());
        if (places.isEmpty()) return null;
        List<ReviewReport.YearPoint> points = span.years().stream()
                .map(y -> new ReviewReport.YearPoint(
                        y, places.plannedUpTo(y), y <= asOf.getYear() ? places.createdUpTo(y) : null))
                .toList();
        if (kind == Review.Kind.ANNUAL)
            return new ReviewReport.Places(places.plannedUpTo(year), places.createdUpTo(year), points);
        return new ReviewReport.Places(places.plannedTotal(), places.createdTotal(), points);
    }

    private static int lastYearWithValue(IndicatorLine line, YearSpan span) {
        return line.values().keySet().stream()
                .filter(span::contains)
                .max(Integer::compare)
                .orElse(span.to());
    }
}
