package fr.pilotectg.convention;

import fr.pilotectg.platform.Footprint;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other modules and the portfolio know of a convention: its current title and period, status (as recorded,
 * brought up to date daily), territory, domains, the organisations taking part and its successor if renewed.
 *
 * @param status as recorded; label {@code convention.status.<STATUS>}
 * @param footprint where the convention stands for the access mechanism, as stored with it: its owner, signatories
 *     and partners, its communes with the member communes of its EPCI, and their départements
 */
public record ConventionSummary(
        UUID id,
        String title,
        ConventionStatus status,
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
        int version,
        Footprint footprint) {

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
