package fr.pilotectg.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a review shows, computed from the plan and the indicators (live) or read back from the snapshot taken when it
 * was frozen. An annual review covers one year; the final bilan covers every year of the convention.
 *
 * @param fiches every fiche, late ones first
 * @param places places planned (targets) and realised (values) of the "places créées" indicator, null if none
 */
public record ReviewReport(UUID conventionId, String conventionTitle, String kind, Integer year, int fromYear, int toYear,
        LocalDate computedOn, List<FicheRow> fiches, Map<String, Long> countsByStatus, long lateCount, int averageProgress,
        List<IndicatorRow> indicators, Places places) {

    /** A fiche as it stood. {@code status} is a FicheStatus name (label {@code actionplan.status.<STATUS>}). */
    public record FicheRow(UUID id, String title, String status, int progress, boolean late) {}

    /** An indicator against its target of the review's year (the last year for the bilan), with its trend. */
    public record IndicatorRow(UUID id, String code, String name, String unit, String direction, boolean computed, String source,
            BigDecimal baselineValue, Integer baselineYear, List<YearPoint> points, Integer year, BigDecimal target, BigDecimal value,
            Boolean reached, String trend) {}

    /** The target and the value of one year. */
    public record YearPoint(int year, BigDecimal target, BigDecimal value) {}

    /** Places planned (target) and realised (value) for the year (annual review) or by the end (bilan). */
    public record Places(BigDecimal planned, BigDecimal realised, List<YearPoint> points) {}

    public List<FicheRow> lateFiches() {
        return fiches.stream().filter(FicheRow::late).toList();
    }
}
