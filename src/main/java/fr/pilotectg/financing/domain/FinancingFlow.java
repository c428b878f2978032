package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionPart;
import fr.pilotectg.convention.ConventionRights;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one flow of every financing change (ADR 0013): the convention's guard ({@link Conventions#writable}: out of reach
 * 404, read-only 403) → load the inputs → check the version read (409) → the verb → save → audit in French. Callers are
 * {@code @Transactional}.
 */
@Component
class FinancingFlow {

    static final String INPUTS_ENTITY = "financement";

    private final FinancingRepository repository;
    private final Conventions conventions;
    private final AuditTrail audit;
    private final ConventionRights rights;

    FinancingFlow(FinancingRepository repository, Conventions conventions, AuditTrail audit, ConventionRights rights) {
        this.repository = repository;
        this.conventions = conventions;
        this.audit = audit;
        this.rights = rights;
    }

    /** What a verb leaves and what the audit trail says of it. */
    record Outcome(FinancingInputs inputs, String summary, List<AuditChange> changes) {}

    /** Changes the inputs of a convention read at {@code version} (0 when none were saved); returns the new version. */
    int changeInputs(UUID conventionId, int version, BiFunction<FinancingInputs, ConventionSummary, Outcome> verb) {
        ConventionSummary convention = writable(conventionId);
        // The money is negotiated by the Caf and the lead collectivité: the same right as the terms (ADR 0003).
        rights.requireChange(convention, ConventionPart.TERMS, List.of(), List.of());
        Optional<FinancingRepository.Stored<FinancingInputs>> stored = repository.inputs(conventionId);
        int current = stored.map(FinancingRepository.Stored::version).orElse(0);
        if (current != version)
            throw new OptimisticLockingFailureException("financing of " + conventionId + " read at " + version);
        Outcome outcome =
                verb.apply(stored.map(FinancingRepository.Stored::value).orElseGet(FinancingInputs::empty), convention);
        int next;
        try {
            next = repository.saveInputs(conventionId, outcome.inputs(), stored.isPresent() ? current : null, actor());
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("financing of " + conventionId + " created meanwhile", e);
        }
        audit.record(new AuditRecord(
                        INPUTS_ENTITY,
                        conventionId.toString(),
                        "updated",
                        outcome.summary(),
                        outcome.changes(),
                        convention.footprint())
                .about(conventionId));
        return next;
    }

    ConventionSummary readable(UUID conventionId) {
        return conventions.readable(conventionId, () -> notFound(conventionId));
    }

    ConventionSummary writable(UUID conventionId) {
        return conventions.writable(conventionId, () -> notFound(conventionId));
    }

    boolean canWrite(ConventionSummary convention) {
        return conventions.canWrite(convention) && rights.of(convention).canChangeTerms();
    }

    /**
     * The Caf notifies and pays: an agent of the convention's own Caf, or an administrator (a collectivité co-signs the
     * terms but does not announce the Caf's money).
     */
    boolean canSettle(ConventionSummary convention) {
        return CurrentUser.optional()
                .map(u -> u.isAdmin()
                        || (u.role() == fr.pilotectg.platform.Role.CAF_AGENT
                                && u.organisationId().equals(convention.cafId())))
                .orElse(false);
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException notFound(UUID conventionId) {
        return DomainException.notFound(FinancingErrors.NOT_FOUND, String.valueOf(conventionId));
    }
}
