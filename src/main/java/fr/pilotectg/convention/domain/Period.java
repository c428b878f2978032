package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period of a convention, both dates included: "conclue à compter du 01/01/2021 jusqu'au 31 décembre 2024".
 * Four years is what the Cnaf recommends and what both Nord seeds use, but any length is accepted (the first
 * Armentières CTG lasted 3 years, Lens 5); a one-day period is allowed, an end before the start is not.
 */
public record Period(LocalDate start, LocalDate end) {

    /** The length the Cnaf recommends ("La durée à privilégier pour une Ctg est de quatre ans"). */
    public static final int USUAL_YEARS = 4;

    public Period {
        if (start == null || end == null) throw DomainException.invalid(ConventionErrors.PERIOD_REQUIRED);
        if (end.isBefore(start)) throw DomainException.invalid(ConventionErrors.PERIOD_INVALID, start, end);
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    /** {@code years} whole years from {@code start}: 01/01/2021 and 4 years give 01/01/2021–31/12/2024. */
    public static Period ofYears(LocalDate start, int years) {
        if (start == null) throw DomainException.invalid(ConventionErrors.PERIOD_REQUIRED);
        if (years < 1) throw DomainException.invalid(ConventionErrors.PERIOD_INVALID, start, start.plusYears(years));
        return new Period(start, start.plusYears(years).minusDays(1));
    }

    /** The usual four-year period from {@code start}. */
    public static Period usual(LocalDate start) {
        return ofYears(start, USUAL_YEARS);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean hasStartedAt(LocalDate date) {
        return !date.isBefore(start);
    }

    /** True from the day after the end date. */
    public boolean hasExpiredAt(LocalDate date) {
        return date.isAfter(end);
    }

    /**
     * Days left until the end date, seen on {@code date}: 30 on 1 December for a period ending 31 December, 0 on
     * the last day, negative once expired (-1 the day after). Used to warn before expiry and prepare a renewal.
     */
    public long daysToExpiryAt(LocalDate date) {
        return ChronoUnit.DAYS.between(date, end);
    }

    /** Number of days covered, both ends included. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whether the period is exactly the usual four years (01/01/2021–31/12/2024 is). */
    public boolean isUsualLength() {
        return end.equals(start.plusYears(USUAL_YEARS).minusDays(1));
    }

    public Period withEnd(LocalDate newEnd) {
        return new Period(start, newEnd);
    }

    public Period withStart(LocalDate newStart) {
        return new Period(newStart, end);
    }
}
