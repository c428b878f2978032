package fr.pilotectg.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A way to fill an indicator's values from data the application already holds. Any module may provide one as a Spring
 * bean (e.g. a schéma de développement module computing "places créées" from its realised actions): an indicator of
 * the library whose {@code computation} equals {@link #name()} gets its values from it, marked as computed. When two
 * beans have the same name, the one with the highest {@link #priority()} wins.
 */
public interface IndicatorComputation {

    /** The name the library refers to, e.g. {@code PLACES_CREATED}. */
    String name();

    /** Where the values come from, in French, shown next to them. */
    String source();

    /** Higher wins when several computations share a name (the built-in ones have 0). */
    default int priority() {
        return 0;
    }

    /**
     * The values per year for this convention, as the current user may see the data; years without a value are left
     * out. {@code today} bounds what can be known.
     */
    Map<Integer, BigDecimal> values(Scope scope);

    /** The convention an indicator is computed for. */
    record Scope(UUID conventionId, List<String> communes, LocalDate start, LocalDate end, LocalDate today) {

        /** The convention's years up to today's (or its last year once it has ended); none before it starts. */
        public List<Integer> yearsSoFar() {
            if (today.isBefore(start)) return List.of();
            return java.util.stream.IntStream.rangeClosed(start.getYear(), Math.min(end.getYear(), today.getYear())).boxed().toList();
        }

        /** The day a year's value is taken at: 31 December, or the convention's end or today when earlier. */
        public LocalDate dayOf(int year) {
            LocalDate day = LocalDate.of(year, 12, 31);
            if (day.isAfter(end)) day = end;
            return day.isAfter(today) ? today : day;
        }
    }
}
