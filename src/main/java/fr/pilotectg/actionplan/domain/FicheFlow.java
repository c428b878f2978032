package fr.pilotectg.actionplan.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one flow of every change to a plan: load → check access (the convention's guard, {@link Conventions#writable})
 * → check the version read (optimistic locking, 409) → apply the fiche's business verb → save → audit. The use cases
 * say only which verb and what the history reads; they run it inside their own transaction.
 */
@Component
class FicheFlow {

    /** What a verb did, as the audit trail says it. */
    record Change(String action, String summary, List<AuditChange> changes) {}

    /** A new fiche and what its history says. */
    record Created(Fiche fiche, Change change) {}

    private final ActionPlanRepository repository;
    private final Conventions conventions;
    private final PlanAudit audit;

    FicheFlow(ActionPlanRepository repository, Conventions conventions, PlanAudit audit) {
        this.repository = repository;
        this.conventions = conventions;
        this.audit = audit;
    }

    ConventionSummary readable(UUID conventionId) {
        return conventions.readable(conventionId, () -> planNotFound(conventionId));
    }

    ConventionSummary writable(UUID conventionId) {
        return conventions.writable(conventionId, () -> planNotFound(conventionId));
    }

    /** The fiche, whoever asks (the caller checks access through its convention). */
    ActionPlanRepository.StoredFiche load(UUID ficheId) {
        if (ficheId == null) throw ficheNotFound(null);
        return repository.findFiche(ficheId).orElseThrow(() -> ficheNotFound(ficheId));
    }

    /** Adds fiches to the plan of a convention the user may change; returns their ids. */
    List<UUID> create(UUID conventionId, Function<ConventionSummary, List<Created>> build) {
        ConventionSummary convention = writable(conventionId);
        List<Created> created = build.apply(convention);
        for (Created c : created) {
            repository.insertFiche(c.fiche(), actor());
            record(c.fiche(), convention, c.change());
        }
        return created.stream().map(c -> c.fiche().id()).toList();
    }

    /** Changes a fiche read at {@code version}; returns its new version. */
    int change(UUID ficheId, int version, BiFunction<Fiche, ConventionSummary, Change> verb) {
        ActionPlanRepository.StoredFiche stored = load(ficheId);
        ConventionSummary convention =
                conventions.writable(stored.fiche().conventionId(), () -> ficheNotFound(ficheId));
        if (stored.version() != version)
            throw new OptimisticLockingFailureException("fiche " + ficheId + " read at " + version);
        Change change = verb.apply(stored.fiche(), convention);
        int newVersion = repository.updateFiche(stored.fiche(), version, actor());
        record(stored.fiche(), convention, change);
        return newVersion;
    }

    private void record(Fiche fiche, ConventionSummary convention, Change change) {
        audit.record(
                PlanAudit.FICHE_ENTITY,
                fiche.id(),
                change.action(),
                change.summary(),
                change.changes(),
                convention.footprint());
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException ficheNotFound(UUID id) {
        return DomainException.notFound(ActionPlanErrors.FICHE_NOT_FOUND, String.valueOf(id));
    }

    static DomainException planNotFound(UUID id) {
        return DomainException.notFound(ActionPlanErrors.PLAN_NOT_FOUND, String.valueOf(id));
    }
}
