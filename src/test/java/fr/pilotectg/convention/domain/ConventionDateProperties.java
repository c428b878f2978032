package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.domain.ConventionFixtures.COMMUNE_ID;
import static fr.pilotectg.convention.domain.ConventionFixtures.END;
import static fr.pilotectg.convention.domain.ConventionFixtures.SIGNED_ON;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.shared.DomainException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Date arithmetic of terminations and avenants, and the {@link Period} of a convention, over generated dates. */
class ConventionDateProperties {

    /** Dates from 1990 to about 2070. */
    static LocalDate day(int n) {
        return LocalDate.of(1990, 1, 1).plusDays(n);
    }

    /** "n months later" as French procedure counts it: the same day of the month, or the last day of a shorter month. */
    static LocalDate monthsLater(LocalDate from, int months) {
        YearMonth target = YearMonth.from(from).plusMonths(months);
        return target.atDay(Math.min(from.getDayOfMonth(), target.lengthOfMonth()));
    }

    @Property
    void aTerminationNeverTakesEffectBeforeItsActAndTheNoticesCountInMonths(
            @ForAll @IntRange(min = 0, max = 29_000) int n) {
        LocalDate act = day(n);
        for (TerminationKind kind : TerminationKind.values())
            assertThat(kind.effectiveOn(act)).isAfterOrEqualTo(act);
        assertThat(TerminationKind.UNILATERAL_CHANGE.effectiveOn(act)).isEqualTo(act);
        assertThat(TerminationKind.FORMAL_NOTICE.effectiveOn(act)).isEqualTo(monthsLater(act, 1));
        assertThat(TerminationKind.NOTICE.effectiveOn(act)).isEqualTo(monthsLater(act, 6));
        assertThat(ChronoUnit.DAYS.between(act, TerminationKind.FORMAL_NOTICE.effectiveOn(act)))
                .isBetween(28L, 31L);
        assertThat(ChronoUnit.DAYS.between(act, TerminationKind.NOTICE.effectiveOn(act)))
                .isBetween(181L, 184L);
    }

    @Property
    void aLetterOnTheLastDayOfJanuaryEndsOnTheLastDayOfFebruary(@ForAll @IntRange(min = 1990, max = 2100) int year) {
        LocalDate effective = TerminationKind.FORMAL_NOTICE.effectiveOn(LocalDate.of(year, 1, 31));
        assertThat(effective).isEqualTo(LocalDate.of(year, 2, Year.isLeap(year) ? 29 : 28));
        assertThat(TerminationKind.NOTICE.effectiveOn(LocalDate.of(year, 8, 31)))
                .isEqualTo(LocalDate.of(year + 1, 2, Year.isLeap(year + 1) ? 29 : 28));
    }

    @Property
    void aNoticeNeverMovesWithinTheSameMonthNorSkipsOne(@ForAll @IntRange(min = 0, max = 29_000) int n) {
        LocalDate act = day(n);
        LocalDate effective = TerminationKind.NOTICE.effectiveOn(act);
        assertThat(YearMonth.from(effective)).isEqualTo(YearMonth.from(act).plusMonths(6));
        if (act.getDayOfMonth() <= effective.lengthOfMonth())
            assertThat(effective.getDayOfMonth()).isEqualTo(act.getDayOfMonth());
        else assertThat(effective).isEqualTo(YearMonth.from(effective).atEndOfMonth());
    }

    @Property
    void aConventionTerminatedWithNoticeStopsOnTheEffectiveDayAndRunsUntilThen(
            @ForAll @IntRange(min = 0, max = 1265) int offset) {
        LocalDate act = SIGNED_ON.plusDays(offset); // 15/07/2021 … 31/12/2024
        Convention convention = ConventionFixtures.active();
        LocalDate effective = TerminationKind.NOTICE.effectiveOn(act);
        try {
            Termination termination = convention.terminateWithNotice(act, COMMUNE_ID);
            assertThat(effective)
                    .as("accepted only when it takes effect by the end date")
                    .isBeforeOrEqualTo(END);
            assertThat(termination.effectiveOn()).isEqualTo(effective);
            assertThat(convention.commitmentsStopOn()).contains(effective);
            assertThat(convention.statusOn(effective)).isEqualTo(ConventionStatus.TERMINATED);
            assertThat(convention.statusOn(effective.minusDays(1))).isNotEqualTo(ConventionStatus.TERMINATED);
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ConventionErrors.TERMINATION_AFTER_END);
            assertThat(effective).isAfter(END);
        }
    }

    @Property
    void anImmediateTerminationSupersedesAPendingNotice(
            @ForAll @IntRange(min = 0, max = 1000) int noticeOffset,
            @ForAll @IntRange(min = 0, max = 200) int laterBy) {
        LocalDate notice = SIGNED_ON.plusDays(noticeOffset);
        Assume.that(!TerminationKind.NOTICE.effectiveOn(notice).isAfter(END));
        Convention convention = ConventionFixtures.active();
        convention.terminateWithNotice(notice, COMMUNE_ID);
        LocalDate immediate = notice.plusDays(laterBy);
        Assume.that(immediate.isBefore(TerminationKind.NOTICE.effectiveOn(notice)));
        convention.terminateForUnilateralChange(immediate);
        assertThat(convention.commitmentsStopOn()).contains(immediate);
        assertThat(convention.terminations()).hasSize(2);
    }

    @Property
    void anAvenantNeverTakesEffectBeforeTheVersionItAmends(
            @ForAll @IntRange(min = -400, max = 400) int effectiveOffset) {
        Convention convention = ConventionFixtures.active();
        LocalDate drafted = LocalDate.of(2023, 3, 1);
        ConventionTerms current = convention.currentTerms();
        convention.draftAmendment(
                "Avenant n° 1", current.withPeriod(current.period().withEnd(LocalDate.of(2025, 12, 31))), drafted);
        LocalDate previousFrom = convention.versions().get(0).effectiveFrom();
        LocalDate effectiveFrom = previousFrom.plusDays(effectiveOffset);
        try {
            ConventionVersion version =
                    convention.signAmendment(1, LocalDate.of(2023, 4, 1), effectiveFrom, Set.of(COMMUNE_ID));
            assertThat(effectiveFrom).isAfterOrEqualTo(previousFrom);
            assertThat(version.effectiveFrom()).isEqualTo(effectiveFrom);
            assertThat(convention.versions())
                    .extracting(ConventionVersion::effectiveFrom)
                    .isSorted();
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ConventionErrors.AMENDMENT_EFFECTIVE_DATE_INVALID);
            assertThat(effectiveFrom).isBefore(previousFrom);
            assertThat(convention.versions()).hasSize(1);
        }
    }

    // ---------------------------------------------------------------- Period

    @Property
    void aPeriodExistsOnlyWhenItsStartIsNotAfterItsEnd(
            @ForAll @IntRange(min = 0, max = 29_000) int a, @ForAll @IntRange(min = 0, max = 29_000) int b) {
        LocalDate start = day(a);
        LocalDate end = day(b);
        try {
            Period period = Period.of(start, end);
            assertThat(start).isBeforeOrEqualTo(end);
            assertThat(period.lengthInDays()).isEqualTo(b - a + 1L);
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ConventionErrors.PERIOD_INVALID);
            assertThat(start).isAfter(end);
        }
    }

    @Property
    void aPeriodContainsExactlyTheDaysFromItsStartToItsEnd(
            @ForAll @IntRange(min = 0, max = 20_000) int a,
            @ForAll @IntRange(min = 0, max = 3000) int length,
            @ForAll @IntRange(min = -100, max = 3100) int probe) {
        Period period = Period.of(day(a), day(a + length));
        LocalDate date = day(a + probe);
        assertThat(period.contains(date)).isEqualTo(probe >= 0 && probe <= length);
        assertThat(period.hasExpiredAt(date)).isEqualTo(probe > length);
        assertThat(period.hasStartedAt(date)).isEqualTo(probe >= 0);
        assertThat(period.daysToExpiryAt(date)).isEqualTo((long) length - probe);
        List<Boolean> states = List.of(period.hasStartedAt(date) && !period.hasExpiredAt(date));
        assertThat(states).containsExactly(period.contains(date));
    }

    @Property
    void wholeYearsEndTheDayBeforeTheAnniversary(
            @ForAll @IntRange(min = 0, max = 20_000) int a, @ForAll @IntRange(min = 1, max = 10) int years) {
        LocalDate start = day(a);
        Period period = Period.ofYears(start, years);
        assertThat(period.end().plusDays(1)).isEqualTo(start.plusYears(years));
        assertThat(period.lengthInDays()).isBetween(365L * years, 366L * years + 1);
        assertThat(period.isUsualLength()).isEqualTo(years == Period.USUAL_YEARS);
    }
}
