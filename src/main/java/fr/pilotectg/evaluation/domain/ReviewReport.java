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
 * @param asOf the day the report describes: 31 December of a past year's annual review, else the day it was computed
 *     (null in snapshots frozen before it was recorded)
 * @param fiches every fiche as it stood on {@code asOf}, late ones first
 * @param places places planned and created by the schéma de développement (cumulated up to the year, or in total for
 *     the bilan), null when the schéma plans none
 */
public record ReviewReport(
        UUID conventionId,
        String conventionTitle,
        String kind,
        Integer year,
        int fromYear,
        int toYear,
        LocalDate computedOn,
        LocalDate asOf,
        List<FicheRow> fiches,
        Map<String, Long> countsByStatus,
        long lateCount,
        int averageProgress,
        List<IndicatorRow> indicators,
        Places places) {

    /** A fiche as it stood. {@code status} is a FicheStatus name (label {@code actionplan.status.<STATUS>}). */
    public record FicheRow(UUID id, String title, String status, int progress, boolean late) {}

    /** An indicator against its target of the review's year (the last year for the bilan), with its trend. */
    public record IndicatorRow(
            UUID id,
            String code,
            String name,
            String unit,
            String direction,
            boolean computed,
            String source,
            BigDecimal baselineValue,
            Integer baselineYear,
            List<YearPoint> points,
            Integer year,
            BigDecimal target,
            BigDecimal value,
            Boolean reached,
            String trend,
            String customUnit,
            Boolean signed) {}

    /** The target and the value of one year. */
    public record YearPoint(int year, BigDecimal target, BigDecimal value) {}

    /** Places planned and created for the year (annual review) or by the end (bilan); points cumulate year by year. */
    public record Places(BigDecimal planned, BigDecimal realised, List<YearPoint> points) {}

    public List<FicheRow> lateFiches() {
        return fiches.stream().filter(FicheRow::late).toList();
    }
}
