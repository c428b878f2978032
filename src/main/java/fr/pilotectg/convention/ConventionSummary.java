package fr.pilotectg.convention;

import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DatePrecision;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other modules and the portfolio know of a convention: its current title and period, status (as recorded,
 * brought up to date daily), territory, domains, the organisations taking part and its successor if renewed.
 *
 * @param status as recorded; label {@code convention.status.<STATUS>}
 * @param startPrecision how the start is known (day, month, year); {@code start} is its first possible day
 * @param endPrecision how the end is known; {@code end} is its last possible day
 * @param findings what the record lacks (projected when saved), see {@link ConventionFinding}
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
        Footprint footprint,
        DatePrecision startPrecision,
        DatePrecision endPrecision,
        List<ConventionFinding> findings) {

    public ConventionSummary {
        findings = findings == null ? List.of() : List.copyOf(findings);
        if (startPrecision == null) startPrecision = DatePrecision.DAY;
        if (endPrecision == null) endPrecision = DatePrecision.DAY;
        communes = List.copyOf(communes);
        epcis = List.copyOf(epcis);
        domains = List.copyOf(domains);
        organisations = List.copyOf(organisations);
    }

    /** The period as its text gives it: « 2022-2026 », « 01/01/2021 – 31/12/2024 ». */
    public String periodLabel() {
        return period().label();
    }

    /** « 5 ans », computed from the period. */
    public String durationLabel() {
        return period().durationLabel();
    }

    private fr.pilotectg.convention.domain.Period period() {
        return new fr.pilotectg.convention.domain.Period(start, end, startPrecision, endPrecision);
    }

    /** Days from {@code today} to the end date (0 on the last day, negative once past). */
    public long daysToExpiry(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, end);
    }
}
