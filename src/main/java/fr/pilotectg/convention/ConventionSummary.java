package fr.pilotectg.convention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other modules and the portfolio know of a convention: its current title and period, status (as recorded,
 * brought up to date daily), territory, domains, the organisations taking part and its successor if renewed.
 *
 * @param status a {@code ConventionStatus} name; label {@code convention.status.<STATUS>}
 */
public record ConventionSummary(
        UUID id,
        String title,
        String status,
        LocalDate start,
        LocalDate end,
        LocalDate signedOn,
        LocalDate terminatesOn,
        UUID cafId,
        List<String> communes,
        List<String> epcis,
        List<String> domains,
        List<UUID> organisations,
        UUID predecessorId,
        UUID successorId,
        int version) {

    public ConventionSummary {
        communes = List.copyOf(communes);
        epcis = List.copyOf(epcis);
        domains = List.copyOf(domains);
        organisations = List.copyOf(organisations);
    }

    /** Days from {@code today} to the end date (0 on the last day, negative once past). */
    public long daysToExpiry(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, end);
    }
}
