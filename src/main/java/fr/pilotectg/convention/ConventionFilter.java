package fr.pilotectg.convention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The portfolio's filters; every one is optional. {@code from}/{@code to} keep the conventions whose period overlaps
 * them; {@code alertsOnly} those with at least one alert, {@code findingsOnly} those whose record lacks something
 * ({@link ConventionFinding}), {@code need} those
 * waiting for that act ({@link ConventionNeed}).
 */
public record ConventionFilter(
        String text,
        UUID cafId,
        String status,
        String commune,
        String epci,
        String domain,
        LocalDate from,
        LocalDate to,
        boolean alertsOnly,
        boolean findingsOnly,
        ConventionNeed need) {

    public static ConventionFilter none() {
        return new ConventionFilter(null, null, null, null, null, null, null, null, false, false, null);
    }

    /** The conventions in reach waiting for {@code need}. */
    public static ConventionFilter needing(ConventionNeed need) {
        return new ConventionFilter(null, null, null, null, null, null, null, null, false, false, need);
    }

    public ConventionFilter(
            String text,
            UUID cafId,
            String status,
            String commune,
            String epci,
            String domain,
            LocalDate from,
            LocalDate to,
            boolean alertsOnly,
            boolean findingsOnly) {
        this(text, cafId, status, commune, epci, domain, from, to, alertsOnly, findingsOnly, null);
    }

    public ConventionFilter(
            String text,
            UUID cafId,
            String status,
            String commune,
            String epci,
            String domain,
            LocalDate from,
            LocalDate to,
            boolean alertsOnly) {
        this(text, cafId, status, commune, epci, domain, from, to, alertsOnly, false, null);
    }

    public ConventionFilter {
        text = blankToNull(text);
        status = blankToNull(status);
        commune = blankToNull(commune);
        epci = blankToNull(epci);
        domain = blankToNull(domain);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
