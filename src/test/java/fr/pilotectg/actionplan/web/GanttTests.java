package fr.pilotectg.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.shared.DatePrecision;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The Gantt's period: a year known only to the year is drawn over the whole year and labelled so; today is marked. */
class GanttTests {

    private static final Map<String, String> TEXTS = Map.of(
            "actionplan.gantt.period.value", "du {0} au {1}",
            "date.precision.YEAR", "connue à l’année",
            "date.precision.MONTH", "connue au mois",
            "actionplan.gantt.today", "Aujourd’hui ({0})",
            "actionplan.gantt.period", "Période de la convention",
            "actionplan.gantt.caption", "Gantt de « {0} »");
    private static final BiFunction<String, Object[], String> TEXT =
            (key, args) -> new MessageFormat(TEXTS.getOrDefault(key, key), Locale.FRANCE).format(args);

    private static ConventionSummary convention(
            LocalDate start, DatePrecision startPrecision, LocalDate end, DatePrecision endPrecision) {
        return new ConventionSummary(
                UUID.randomUUID(),
                "CTG passée",
                ConventionStatus.SIGNED,
                start,
                end,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                0,
                null,
                startPrecision,
                endPrecision,
                List.of());
    }

    @Test
    void aPeriodKnownToTheYearIsDrawnOverWholeYearsAndLabelledSo() {
        var c = convention(
                LocalDate.of(2021, 1, 1), DatePrecision.YEAR, LocalDate.of(2024, 12, 31), DatePrecision.YEAR);
        assertThat(Gantt.periodLabel(c, TEXT)).isEqualTo("du 2021 (connue à l’année) au 2024 (connue à l’année)");
        Gantt gantt = Gantt.of(c, List.of(), LocalDate.of(2023, 7, 2), TEXT);
        assertThat(gantt.from()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(gantt.to()).isEqualTo(LocalDate.of(2025, 1, 1));
        // The period's bar spans the whole plot: from 1 January 2021 to the end of 2024.
        assertThat(gantt.svg()).contains("<rect x=\"260.0\"").contains("width=\"724.0\"");
        assertThat(gantt.svg()).contains("Aujourd’hui (02/07/2023)").contains("role=\"img\"");
    }

    @Test
    void aMonthKnownToTheMonthSaysSoAndADayIsWrittenInFull() {
        var c = convention(
                LocalDate.of(2022, 6, 1), DatePrecision.MONTH, LocalDate.of(2025, 12, 31), DatePrecision.DAY);
        assertThat(Gantt.periodLabel(c, TEXT)).isEqualTo("du 06/2022 (connue au mois) au 31/12/2025");
        assertThat(Gantt.of(c, List.of(), LocalDate.of(2030, 1, 1), TEXT).svg()).doesNotContain("Aujourd’hui");
    }
}
