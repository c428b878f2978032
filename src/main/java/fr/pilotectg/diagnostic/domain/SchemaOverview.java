package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The schéma de développement of a convention: its rows, the places (for children under 3) planned and realised per year
 * and what they do to the taux de couverture.
 *
 * @param coverageNow the taux de couverture today (register places / children under 3), null without the children figure
 */
public record SchemaOverview(
        ConventionSummary convention,
        boolean canEdit,
        LocalDate today,
        List<Row> rows,
        List<YearLine> years,
        BigDecimal placesNow,
        Figure childrenUnder3,
        BigDecimal coverageNow,
        BigDecimal plannedTotal,
        BigDecimal realisedTotal,
        int plannedUnknown,
        int realisedUnknown) {

    /** A row with its version and the register entry's name when linked. */
    public record Row(SchemaAction action, int version, String equipmentName, String communeName) {}

    /**
     * Places planned (by planned start) and realised (by realisation date) in one year, and the points of coverage they
     * add (null without the children figure).
     */
    public record YearLine(
            int year, BigDecimal planned, BigDecimal realised, BigDecimal plannedEffect, BigDecimal realisedEffect) {}
}
