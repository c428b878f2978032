package fr.pilotectg.diagnostic;

import java.math.BigDecimal;
import java.util.List;

/**
 * The places for children under 3 (EAJE and MAM) of a convention's schéma de développement: planned (by the year of
 * their planned start, abandoned rows left out) and created (by the date of their realisation, from the convention's
 * start). The one computation the schéma page, the diagnostic, the annual review and the final bilan read.
 *
 * @param years the convention's years (and any other year a row names), in order
 * @param plannedUnknown rows planned (not abandoned) whose places are not known: left out of the totals, never counted
 *     as 0, and said beside them (« 12 places connues, 3 actions non renseignées »)
 * @param createdUnknown rows realised whose places are not known
 */
public record SchemaPlaces(
        List<Year> years, BigDecimal plannedTotal, BigDecimal createdTotal, int plannedUnknown, int createdUnknown) {

    /** The places planned and created in one year. */
    public record Year(int year, BigDecimal planned, BigDecimal created) {}

    public SchemaPlaces {
        years = List.copyOf(years);
    }

    public SchemaPlaces(List<Year> years, BigDecimal plannedTotal, BigDecimal createdTotal) {
        this(years, plannedTotal, createdTotal, 0, 0);
    }

    /** Places planned to start up to the end of {@code year} (cumulated). */
    public BigDecimal plannedUpTo(int year) {
        return years.stream().filter(y -> y.year() <= year).map(Year::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Places created from the convention's start up to 31 December of {@code year} (cumulated). */
    public BigDecimal createdUpTo(int year) {
        return years.stream().filter(y -> y.year() <= year).map(Year::created).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the schéma plans or creates any place. */
    public boolean isEmpty() {
        return plannedTotal.signum() == 0 && createdTotal.signum() == 0;
    }
}
