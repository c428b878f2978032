package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionFinding;
import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.deliberation.DeliberationSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a convention page or API answer shows: the aggregate, the version to send back with a change, the
 * status the calendar gives today, each signatory with its linked deliberations, who recorded each version, the
 * alerts, the predecessor and successor conventions, and whether the user may change it.
 */
public record ConventionDetails(
        Convention convention,
        int version,
        LocalDate today,
        ConventionStatus statusToday,
        List<SignatoryDeliberations> signatories,
        List<ConventionRepository.VersionRecord> versionRecords,
        List<ConventionAlert> alerts,
        List<ConventionFinding> findings,
        Optional<ConventionSummary> predecessor,
        Optional<ConventionSummary> successor,
        boolean canEdit) {

    /** A signatory of the current terms and the deliberations linked to it. */
    public record SignatoryDeliberations(Signatory signatory, List<DeliberationSummary> deliberations) {

        public boolean hasAdoptedDeliberation() {
            return deliberations.stream().anyMatch(DeliberationSummary::adopted);
        }

        public boolean missingDeliberation() {
            return signatory.needsCouncilDeliberation() && !hasAdoptedDeliberation();
        }
    }

    public ConventionTerms terms() {
        return convention.currentTerms();
    }

    public long daysToExpiry() {
        return convention.daysToExpiryAt(today);
    }

    public Optional<ConventionRepository.VersionRecord> recordOf(int versionNumber) {
        return versionRecords.stream().filter(r -> r.number() == versionNumber).findFirst();
    }
}
