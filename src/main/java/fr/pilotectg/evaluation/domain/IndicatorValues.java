package fr.pilotectg.evaluation.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.evaluation.domain.EvaluationViews.IndicatorLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An indicator with its values as people read them: measured, or computed on reading by {@link Computations}. */
@Component
class IndicatorValues {

    private final EvaluationRepository repository;
    private final Computations computations;

    IndicatorValues(EvaluationRepository repository, Computations computations) {
        this.repository = repository;
        this.computations = computations;
    }

    List<IndicatorLine> lines(ConventionSummary convention, Map<UUID, String> fiches, LocalDate today) {
        return repository.indicators(convention.id()).stream()
                .map(s -> line(s, convention, fiches, today))
                .toList();
    }

    IndicatorLine line(
            EvaluationRepository.StoredIndicator stored,
            ConventionSummary convention,
            Map<UUID, String> fiches,
            LocalDate today) {
        Indicator indicator = stored.indicator();
        SortedMap<Integer, BigDecimal> values = indicator.measuredValues();
        String computedSource = null;
        var computed = indicator.isComputed()
                ? computations.compute(indicator.computation(), convention, today)
                : java.util.Optional.<Computations.Computed>empty();
        if (computed.isPresent()) {
            values = new TreeMap<>(computed.get().values());
            computedSource = computed.get().source();
        }
        YearSpan span = YearSpan.of(convention.start(), convention.end());
        int asOf = Math.max(span.from(), Math.min(span.to(), today.getYear()));
        Trend trend = Trend.of(
                indicator.data().direction(),
                indicator.data().baselineValue(),
                indicator.data().baselineYear(),
                values,
                asOf);
        Map<UUID, String> linked = new LinkedHashMap<>();
        indicator.data().ficheIds().forEach(id -> linked.put(id, fiches.getOrDefault(id, id.toString())));
        return new IndicatorLine(
                indicator,
                stored.version(),
                values,
                computedSource,
                trend,
                linked,
                stored.updatedAt(),
                stored.updatedBy());
    }
}
