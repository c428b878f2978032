package fr.pilotectg.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Trend, target reached per direction, value checks and the frozen review, without Spring. */
class EvaluationDomainTests {

    private static final YearSpan SPAN = new YearSpan(2021, 2024);
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-06-15T10:00:00+02:00");

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theTrendReadsTheLastTwoValuesWithTheDirection() {
        Map<Integer, BigDecimal> values = Map.of(2021, bd("55.4"), 2022, bd("56.1"));
        assertThat(Trend.of(Direction.HIGHER_IS_BETTER, bd("55"), 2020, values, 2022))
                .isEqualTo(Trend.IMPROVING);
        assertThat(Trend.of(Direction.LOWER_IS_BETTER, bd("55"), 2020, values, 2022))
                .isEqualTo(Trend.WORSENING);
        assertThat(Trend.of(Direction.HIGHER_IS_BETTER, bd("55"), 2020, values, 2021))
                .as("baseline counts")
                .isEqualTo(Trend.IMPROVING);
        assertThat(Trend.of(Direction.HIGHER_IS_BETTER, null, null, Map.of(2021, bd("3")), 2024))
                .isEqualTo(Trend.UNKNOWN);
        assertThat(Trend.of(Direction.HIGHER_IS_BETTER, null, null, Map.of(2021, bd("3"), 2023, bd("3.0")), 2024))
                .isEqualTo(Trend.STABLE);
    }

    @Test
    void aTargetIsReachedAccordingToTheDirection() {
        assertThat(Trend.reached(Direction.HIGHER_IS_BETTER, bd("57"), bd("57.0")))
                .isTrue();
        assertThat(Trend.reached(Direction.HIGHER_IS_BETTER, bd("57"), bd("56.1")))
                .isFalse();
        assertThat(Trend.reached(Direction.LOWER_IS_BETTER, bd("0"), bd("2"))).isFalse();
        assertThat(Trend.reached(Direction.LOWER_IS_BETTER, bd("5"), bd("2"))).isTrue();
        assertThat(Trend.reached(Direction.LOWER_IS_BETTER, null, bd("2"))).isNull();
    }

    @Test
    void numbersAreReadTheFrenchWayAndCheckedAgainstTheUnit() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Numbers.read("value", "68,4 %", IndicatorUnit.PERCENT, null, problems))
                .isEqualByComparingTo("68.4");
        assertThat(Numbers.read("value", "1 250", IndicatorUnit.ACTES, null, problems))
                .isEqualByComparingTo("1250");
        assertThat(problems).isEmpty();
        assertThat(Numbers.read("value", "douze", IndicatorUnit.NUMBER, null, problems))
                .isNull();
        assertThat(Numbers.read("value", "12 places", IndicatorUnit.PERCENT, null, problems))
                .isNull();
        assertThat(Numbers.read("value", "120", IndicatorUnit.PERCENT, null, problems))
                .isNull();
        assertThat(Numbers.read("value", "12", IndicatorUnit.PERCENT, "EUROS", problems))
                .isNull();
        assertThat(problems)
                .extracting(FieldProblem::code)
                .containsExactly(
                        EvaluationErrors.NOT_NUMERIC,
                        EvaluationErrors.UNIT_MISMATCH,
                        EvaluationErrors.PERCENT_OUT_OF_RANGE,
                        EvaluationErrors.UNIT_MISMATCH);
    }

    @Test
    void aValueOutsideTheConventionOrOfAComputedIndicatorIsRefused() {
        Indicator coverage = Indicator.create(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                1,
                new IndicatorData(
                        "Couverture",
                        "",
                        IndicatorUnit.PERCENT,
                        Direction.HIGHER_IS_BETTER,
                        "",
                        null,
                        null,
                        List.of(),
                        Map.of()),
                SPAN);
        assertThatThrownBy(() -> coverage.record(2026, bd("50"), "x", AT, SPAN))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fields())
                                .extracting(FieldProblem::code)
                                .containsExactly(EvaluationErrors.YEAR_OUTSIDE_CONVENTION));
        assertThatThrownBy(() -> coverage.target(2022, bd("101"), SPAN)).isInstanceOf(DomainException.class);
        coverage.record(2022, bd("50"), "caf-nord", AT, SPAN);
        assertThat(coverage.measures().get(2022).enteredBy()).isEqualTo("caf-nord");
        Indicator places = Indicator.create(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "I09",
                "PLACES_CREATED",
                2,
                new IndicatorData(
                        "Places",
                        "",
                        IndicatorUnit.PLACES,
                        Direction.HIGHER_IS_BETTER,
                        "",
                        null,
                        null,
                        List.of(),
                        Map.of()),
                SPAN);
        assertThatThrownBy(() -> places.record(2022, bd("3"), "x", AT, SPAN))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(EvaluationErrors.COMPUTED_READ_ONLY));
    }

    @Test
    void aFrozenReviewKeepsItsSnapshotAndChangesNoMore() {
        Review review = Review.open(UUID.randomUUID(), Review.Kind.ANNUAL, 2022);
        review.write(new Review.Texts("Conclusions", "Ajustements", "", List.of()));
        var row = new ReviewReport.FicheRow(UUID.randomUUID(), "Fiche", "IN_PROGRESS", 40, true);
        var report = new ReviewReport(
                review.conventionId(),
                "CTG",
                "ANNUAL",
                2022,
                2022,
                2022,
                LocalDate.of(2023, 6, 1),
                LocalDate.of(2022, 12, 31),
                List.of(row),
                Map.of("IN_PROGRESS", 1L),
                1,
                40,
                List.of(),
                null);
        review.freeze(report, LocalDate.of(2023, 6, 12), "caf-nord", AT);
        assertThat(review.isFrozen()).isTrue();
        assertThat(review.snapshot()).isSameAs(report);
        assertThat(review.snapshot().lateFiches()).containsExactly(row);
        assertThatThrownBy(() -> review.write(Review.Texts.empty()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(EvaluationErrors.REVIEW_FROZEN));
        assertThatThrownBy(() -> review.freeze(report, null, "x", AT)).isInstanceOf(DomainException.class);
    }

    @Test
    void aComputationGivesTheYearsSoFarAndTheDayEachIsTakenAt() {
        LocalDate start = LocalDate.of(2021, 7, 1);
        LocalDate end = LocalDate.of(2025, 6, 30);
        LocalDate today = LocalDate.of(2023, 3, 15);
        assertThat(Computations.yearsSoFar(start, end, today)).containsExactly(2021, 2022, 2023);
        assertThat(Computations.dayOf(end, 2022, today)).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(Computations.dayOf(end, 2023, today)).isEqualTo(today);
        LocalDate later = LocalDate.of(2026, 1, 10);
        assertThat(Computations.yearsSoFar(start, end, later)).endsWith(2025);
        assertThat(Computations.dayOf(end, 2025, later)).isEqualTo(end);
        assertThat(Computations.yearsSoFar(start, end, LocalDate.of(2021, 6, 30)))
                .isEmpty();
    }
}
