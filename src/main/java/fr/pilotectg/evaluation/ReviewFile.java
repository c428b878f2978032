package fr.pilotectg.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An annual review or the final bilan as the COPIL file prints it (the front door's copy of what the review page
 * shows): live, or its snapshot once frozen. {@code kind} is ANNUAL or FINAL; statuses are FicheStatus names, units
 * IndicatorUnit names, trends Trend names.
 */
public record ReviewFile(
        UUID conventionId,
        String conventionTitle,
        String kind,
        Integer year,
        int fromYear,
        int toYear,
        LocalDate asOf,
        boolean frozen,
        LocalDate presentedOn,
        String conclusions,
        String adjustments,
        String effects,
        List<String> carriedObjectives,
        List<Fiche> fiches,
        Map<String, Long> countsByStatus,
        long lateCount,
        int averageProgress,
        List<Indicator> indicators,
        Places places) {

    /** A fiche as it stood. */
    public record Fiche(String title, String status, int progress, boolean late) {}

    /** The target and the value of one year (either may be unknown). */
    public record Point(int year, BigDecimal target, BigDecimal value) {}

    /** An indicator against its target of the review's year, with its points over the years. */
    public record Indicator(
            String name,
            String unit,
            String customUnit,
            boolean signed,
            boolean computed,
            BigDecimal baselineValue,
            Integer baselineYear,
            Integer year,
            BigDecimal target,
            BigDecimal value,
            Boolean reached,
            String trend,
            List<Point> points) {}

    /** Places planned and created by the schéma (cumulated year by year). */
    public record Places(BigDecimal planned, BigDecimal realised, List<Point> points) {}

    public boolean annual() {
        return "ANNUAL".equals(kind);
    }
}
