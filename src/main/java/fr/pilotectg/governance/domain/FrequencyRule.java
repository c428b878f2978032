package fr.pilotectg.governance.domain;

import java.util.List;
import java.util.Objects;

/**
 * How often a body must meet: either in given months of each year (COPIL in June: {@code months=[6]}; COTECH in May and
 * November: {@code [5, 11]}) or a number of times a year spread over equal windows (semestrial "a minima":
 * {@code perYear=2}, one meeting in each half-year). {@code text} is the convention's wording. No months and no perYear:
 * no rule (ad hoc groups). {@code exceptions}: years that differ (« 1 par an, jusqu'à 3 l'année du renouvellement »),
 * counted in the calendar (issue 12).
 */
public record FrequencyRule(Integer perYear, List<Integer> months, String text, List<YearException> exceptions) {

    /** Windows a year may be split into. */
    public static final List<Integer> PER_YEAR_ALLOWED = List.of(1, 2, 3, 4, 6, 12);

    /**
     * A year when the body meets a different number of times: a given {@code year}, or (with {@code renewalYear}) the
     * convention's last year, when it is renewed. {@code atMost} true: « jusqu'à {@code perYear} » — the usual meetings
     * stay expected and up to {@code perYear} in all may be held, the extra ones shown as possible, never missing;
     * false: exactly {@code perYear} meetings that year, over equal windows.
     */
    public record YearException(Integer year, Boolean renewalYear, Integer perYear, Boolean atMost) {

        public YearException {
            renewalYear = Boolean.TRUE.equals(renewalYear);
            atMost = Boolean.TRUE.equals(atMost);
        }

        /** Whether this exception applies to {@code year} of a convention whose last year is {@code lastYear}. */
        public boolean appliesTo(int year, int lastYear) {
            return renewalYear ? year == lastYear : this.year != null && this.year == year;
        }
    }

    public FrequencyRule {
        months = months == null
                ? List.of()
                : months.stream().filter(Objects::nonNull).distinct().sorted().toList();
        text = text == null ? "" : text.strip();
        exceptions = exceptions == null
                ? List.of()
                : exceptions.stream().filter(Objects::nonNull).toList();
    }

    public FrequencyRule(Integer perYear, List<Integer> months, String text) {
        this(perYear, months, text, List.of());
    }

    public static FrequencyRule none() {
        return new FrequencyRule(null, List.of(), "");
    }

    public static FrequencyRule inMonths(String text, Integer... months) {
        return new FrequencyRule(null, List.of(months), text);
    }

    public static FrequencyRule perYear(int perYear, String text) {
        return new FrequencyRule(perYear, List.of(), text);
    }

    public FrequencyRule withException(YearException exception) {
        return new FrequencyRule(
                perYear,
                months,
                text,
                java.util.stream.Stream.concat(exceptions.stream(), java.util.stream.Stream.of(exception))
                        .toList());
    }

    public boolean noRule() {
        return months.isEmpty() && (perYear == null || perYear == 0) && exceptions.isEmpty();
    }

    /** No usual rule (months or times a year), whatever the exceptions. */
    boolean noUsualRule() {
        return months.isEmpty() && (perYear == null || perYear == 0);
    }

    /** The exception for {@code year} of a convention ending in {@code lastYear}, or null (the first given wins). */
    public YearException exceptionFor(int year, int lastYear) {
        return exceptions.stream()
                .filter(e -> e.appliesTo(year, lastYear))
                .findFirst()
                .orElse(null);
    }

    /** Meetings expected each (whole) year. */
    public int expectedPerYear() {
        return months.isEmpty() ? perYear == null ? 0 : perYear : months.size();
    }
}
