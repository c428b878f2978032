package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DatePrecision;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The period of a convention, both dates included: "conclue à compter du 01/01/2021 jusqu'au 31 décembre 2024". Each
 * end is known to the day, the month or the year, as the text gives it: « CTG 2022-2026 » is known to the year, and its
 * rules compute with 01/01/2022 and 31/12/2026 ({@link #start()}, {@link #end()}), which pages state. Four years is
 * what the Cnaf recommends; any length is accepted (outside 3–5 years is a finding, P12), an end before the start is
 * not.
 */
public record Period(LocalDate start, LocalDate end, DatePrecision startPrecision, DatePrecision endPrecision) {

    /** The length the Cnaf recommends ("La durée à privilégier pour une Ctg est de quatre ans"). */
    public static final int USUAL_YEARS = 4;

    /** Lengths observed and accepted without a finding (P12: warn outside 3–5 years). */
    public static final int MIN_USUAL_YEARS = 3;

    public static final int MAX_USUAL_YEARS = 5;

    public Period {
        if (start == null || end == null) throw DomainException.invalid(ConventionErrors.PERIOD_REQUIRED);
        if (startPrecision == null) startPrecision = DatePrecision.DAY;
        if (endPrecision == null) endPrecision = DatePrecision.DAY;
        if (end.isBefore(start)) throw DomainException.invalid(ConventionErrors.PERIOD_INVALID, start, end);
        if (!PartialDate.of(start, startPrecision).firstDay().equals(start)
                || !PartialDate.of(end, endPrecision).lastDay().equals(end)) {
            throw DomainException.invalid(ConventionErrors.PERIOD_INVALID, start, end);
        }
    }

    /** A period known to the day. */
    public Period(LocalDate start, LocalDate end) {
        this(start, end, DatePrecision.DAY, DatePrecision.DAY);
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    /** From what the text gives: « 2022 » to « 2026 » is 01/01/2022–31/12/2026, known to the year. */
    public static Period of(PartialDate from, PartialDate to) {
        if (from == null || to == null) throw DomainException.invalid(ConventionErrors.PERIOD_REQUIRED);
        if (to.lastDay().isBefore(from.firstDay()))
            throw DomainException.invalid(ConventionErrors.PERIOD_INVALID, from.french(), to.french());
        return new Period(from.firstDay(), to.lastDay(), from.precision(), to.precision());
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

    /** The start as the text gives it. */
    public PartialDate from() {
        return PartialDate.of(start, startPrecision);
    }

    /** The end as the text gives it. */
    public PartialDate to() {
        return PartialDate.of(end, endPrecision);
    }

    /** Whether both ends are known to the day. */
    public boolean isExact() {
        return startPrecision == DatePrecision.DAY && endPrecision == DatePrecision.DAY;
    }

    /** The coarser precision of the two ends. */
    public DatePrecision precision() {
        return startPrecision.coarsest(endPrecision);
    }

    /**
     * As the text gives it: « 2022-2026 » for years, « 06/2021 – 05/2025 », « 01/01/2021 – 31/12/2024 » (a single
     * year: « 2023 »).
     */
    public String label() {
        if (startPrecision == DatePrecision.YEAR && endPrecision == DatePrecision.YEAR) {
            return start.getYear() == end.getYear()
                    ? String.valueOf(start.getYear())
                    : start.getYear() + "-" + end.getYear();
        }
        return from().french() + " – " + to().french();
    }

    /** « 5 ans », « 4 ans et 6 mois », « 18 jours »: the length from the first to the last day, both included. */
    public String durationLabel() {
        java.time.Period length = java.time.Period.between(start, end.plusDays(1));
        var parts = new ArrayList<String>();
        if (length.getYears() > 0) parts.add(length.getYears() + (length.getYears() == 1 ? " an" : " ans"));
        if (length.getMonths() > 0) parts.add(length.getMonths() + " mois");
        if (length.getDays() > 0) parts.add(length.getDays() + (length.getDays() == 1 ? " jour" : " jours"));
        return join(parts);
    }

    /** Whether the length lies outside the usual 3 to 5 years (P12): a finding, never a refusal. */
    public boolean isOutsideUsualLength() {
        return end.isBefore(start.plusYears(MIN_USUAL_YEARS).minusDays(1))
                || end.isAfter(start.plusYears(MAX_USUAL_YEARS).minusDays(1));
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
        return new Period(start, newEnd, startPrecision, DatePrecision.DAY);
    }

    public Period withStart(LocalDate newStart) {
        return new Period(newStart, end, DatePrecision.DAY, endPrecision);
    }

    private static String join(List<String> parts) {
        if (parts.isEmpty()) return "0 jour";
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.get(parts.size() - 1);
    }
}
