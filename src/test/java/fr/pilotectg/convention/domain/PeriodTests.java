package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.domain.ConventionFixtures.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTests {

    private static final LocalDate JAN_1_2021 = LocalDate.of(2021, 1, 1);
    private static final LocalDate DEC_31_2024 = LocalDate.of(2024, 12, 31);

    @Test
    void refusesAnEndBeforeTheStartWithAStableCode() {
        var e = invalid(() -> Period.of(DEC_31_2024, JAN_1_2021), ConventionErrors.PERIOD_INVALID);
        assertThat(e.code()).isEqualTo("CONVENTION_PERIOD_INVALID");
        assertThat(e.args()).containsExactly(DEC_31_2024, JAN_1_2021);
    }

    @Test
    void refusesAMissingDate() {
        invalid(() -> Period.of(null, DEC_31_2024), ConventionErrors.PERIOD_REQUIRED);
        invalid(() -> Period.of(JAN_1_2021, null), ConventionErrors.PERIOD_REQUIRED);
    }

    @Test
    void acceptsAnyLengthIncludingASingleDay() {
        assertThat(Period.of(JAN_1_2021, JAN_1_2021).lengthInDays()).isEqualTo(1);
        assertThat(Period.ofYears(LocalDate.of(2020, 1, 1), 3).end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(Period.ofYears(LocalDate.of(2022, 1, 1), 5).end()).isEqualTo(LocalDate.of(2026, 12, 31));
        invalid(() -> Period.ofYears(JAN_1_2021, 0), ConventionErrors.PERIOD_INVALID);
    }

    @Test
    void fourYearsIsTheUsualLength() {
        Period usual = Period.usual(JAN_1_2021);
        assertThat(usual).isEqualTo(Period.of(JAN_1_2021, DEC_31_2024));
        assertThat(usual.isUsualLength()).isTrue();
        assertThat(usual.lengthInDays()).isEqualTo(1461);
        assertThat(Period.ofYears(JAN_1_2021, 3).isUsualLength()).isFalse();
    }

    @Test
    void tellsDaysToExpiry() {
        Period period = Period.of(JAN_1_2021, DEC_31_2024);
        assertThat(period.daysToExpiryAt(LocalDate.of(2024, 12, 1))).isEqualTo(30);
        assertThat(period.daysToExpiryAt(DEC_31_2024)).isZero();
        assertThat(period.daysToExpiryAt(LocalDate.of(2025, 1, 1))).isEqualTo(-1);
        assertThat(period.daysToExpiryAt(JAN_1_2021)).isEqualTo(1460);
    }

    @Test
    void knowsWhetherADateIsInside() {
        Period period = Period.of(JAN_1_2021, DEC_31_2024);
        assertThat(period.contains(JAN_1_2021)).isTrue();
        assertThat(period.contains(DEC_31_2024)).isTrue();
        assertThat(period.contains(LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(period.hasStartedAt(LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(period.hasExpiredAt(DEC_31_2024)).isFalse();
        assertThat(period.hasExpiredAt(LocalDate.of(2025, 1, 1))).isTrue();
    }

    @Test
    void withEndValidatesTheNewEnd() {
        Period period = Period.of(JAN_1_2021, DEC_31_2024);
        assertThat(period.withEnd(LocalDate.of(2025, 12, 31)).end()).isEqualTo(LocalDate.of(2025, 12, 31));
        invalid(() -> period.withEnd(LocalDate.of(2020, 6, 30)), ConventionErrors.PERIOD_INVALID);
    }

    @Test
    void aPeriodKnownToTheYearIsShownAsTheTextGivesItAndComputesWithTheFirstAndLastDays() {
        Period years =
                Period.of(fr.pilotectg.shared.PartialDate.parse("2022"), fr.pilotectg.shared.PartialDate.parse("2026"));
        assertThat(years.label()).isEqualTo("2022-2026");
        assertThat(years.durationLabel()).isEqualTo("5 ans");
        assertThat(years.start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(years.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(years.isExact()).isFalse();
        assertThat(years.isOutsideUsualLength()).isFalse();
        assertThat(Period.of(JAN_1_2021, DEC_31_2024).label()).isEqualTo("01/01/2021 – 31/12/2024");
        assertThat(Period.of(JAN_1_2021, LocalDate.of(2023, 6, 30)).durationLabel())
                .isEqualTo("2 ans et 6 mois");
        assertThat(Period.of(JAN_1_2021, LocalDate.of(2022, 12, 31)).isOutsideUsualLength())
                .isTrue();
        assertThat(Period.ofYears(JAN_1_2021, 6).isOutsideUsualLength()).isTrue();
        assertThat(Period.ofYears(JAN_1_2021, 3).isOutsideUsualLength()).isFalse();
        invalid(
                () -> Period.of(
                        fr.pilotectg.shared.PartialDate.parse("2027"), fr.pilotectg.shared.PartialDate.parse("2023")),
                ConventionErrors.PERIOD_INVALID);
    }
}
