package fr.pilotectg.governance.domain;

import java.util.List;

/**
 * How often a body must meet: either in given months of each year (COPIL in June: {@code months=[6]}; COTECH in May and
 * November: {@code [5, 11]}) or a number of times a year spread over equal windows (semestrial "a minima":
 * {@code perYear=2}, one meeting in each half-year). {@code text} is the convention's wording. No months and no perYear:
 * no rule (ad hoc groups).
 */
public record FrequencyRule(Integer perYear, List<Integer> months, String text) {

    /** Windows a year may be split into. */
    public static final List<Integer> PER_YEAR_ALLOWED = List.of(1, 2, 3, 4, 6, 12);

    public FrequencyRule {
        months = months == null
                ? List.of()
                : months.stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        text = text == null ? "" : text.strip();
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

    public boolean noRule() {
        return months.isEmpty() && (perYear == null || perYear == 0);
    }

    /** Meetings expected each (whole) year. */
    public int expectedPerYear() {
        return months.isEmpty() ? perYear == null ? 0 : perYear : months.size();
    }
}
