package fr.pilotectg.convention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The portfolio's filters; every one is optional. {@code from}/{@code to} keep the conventions whose period overlaps
 * them; {@code alertsOnly} those with at least one alert.
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
        boolean alertsOnly) {

    public static ConventionFilter none() {
        return new ConventionFilter(null, null, null, null, null, null, null, null, false);
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
