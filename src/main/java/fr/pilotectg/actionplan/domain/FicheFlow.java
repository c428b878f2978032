package fr.pilotectg.actionplan.domain;

import fr.pilotectg.convention.ConventionGrant;
import fr.pilotectg.convention.ConventionPart;
import fr.pilotectg.convention.ConventionRights;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one flow of every change to a plan: load → check access (the convention's guard, {@link Conventions#writable},
 * then who may change which part of it, {@link ConventionRights}: a fiche its pilot's or its commune's, the plan's
 * structure the terms holders') → check the version read (optimistic locking, 409) → apply the fiche's business verb →
 * save → audit. The use cases say only which verb and what the history reads; they run it inside their own transaction.
 */
@Component
class FicheFlow {

    /** What a verb did, as the audit trail says it. */
    record Change(String action, String summary, List<AuditChange> changes) {}

    /** A new fiche and what its history says. */
    record Created(Fiche fiche, Change change) {}

    private final ActionPlanRepository repository;
    private final Conventions conventions;
    private final ConventionRights rights;
    private final PlanAudit audit;

    FicheFlow(ActionPlanRepository repository, Conventions conventions, ConventionRights rights, PlanAudit audit) {
        this.repository = repository;
        this.conventions = conventions;
        this.rights = rights;
        this.audit = audit;
    }

    ConventionSummary readable(UUID conventionId) {
        return conventions.readable(conventionId, () -> planNotFound(conventionId));
    }

    ConventionSummary writable(UUID conventionId) {
        return conventions.writable(conventionId, () -> planNotFound(conventionId));
    }

    /** The convention if the user may change the plan's structure (axes, import): its terms holders (ADR 0003). */
    ConventionSummary structurable(UUID conventionId) {
        ConventionSummary convention = writable(conventionId);
        rights.requireChange(convention, ConventionPart.TERMS, Set.of(), Set.of());
        return convention;
    }

    /** The pilot and the commune (of its axis) that decide who changes a fiche, or 403 {@code FICHE_NOT_YOURS}. */
    void requireFiche(ConventionGrant grant, UUID axisId, FicheContent content) {
        grant.require(ConventionPart.FICHE, owners(content), communes(axisId));
    }

    /** What the current user may change in the convention (computed once for a page). */
    ConventionGrant grant(ConventionSummary convention) {
        return rights.of(convention);
    }

    /** Whether the current user may change the fiche (for the pages). */
    boolean canChange(ConventionGrant grant, Fiche fiche) {
        return grant.canChange(ConventionPart.FICHE, owners(fiche.content()), communes(fiche.axisId()));
    }

    private static List<UUID> owners(FicheContent content) {
        return content.pilotId() == null ? List.of() : List.of(content.pilotId());
    }

    private List<String> communes(UUID axisId) {
        if (axisId == null) return List.of();
        return repository.findAxis(axisId).map(a -> a.axis().commune()).stream().toList();
    }

    /** The fiche, whoever asks (the caller checks access through its convention). */
    ActionPlanRepository.StoredFiche load(UUID ficheId) {
        if (ficheId == null) throw ficheNotFound(null);
        return repository.findFiche(ficheId).orElseThrow(() -> ficheNotFound(ficheId));
    }

    /** Adds fiches the user may change (each its own, or any for the terms holders); returns their ids. */
    List<UUID> create(UUID conventionId, Function<ConventionSummary, List<Created>> build) {
        return create(writable(conventionId), build);
    }

    /** Adds fiches to the plan as the terms holders do (an import): the plan's structure is theirs. */
    List<UUID> createAsStructure(UUID conventionId, Function<ConventionSummary, List<Created>> build) {
        return create(structurable(conventionId), build);
    }

    private List<UUID> create(ConventionSummary convention, Function<ConventionSummary, List<Created>> build) {
        ConventionGrant grant = rights.of(convention);
        List<Created> created = build.apply(convention);
        // the axes' communes read once per axis, not once per fiche (an import creates many fiches per axis)
        var axisCommunes = new java.util.HashMap<UUID, List<String>>();
        for (Created c : created) {
            UUID axisId = c.fiche().axisId();
            List<String> communes = axisId == null ? List.of() : axisCommunes.computeIfAbsent(axisId, this::communes);
            grant.require(ConventionPart.FICHE, owners(c.fiche().content()), communes);
        }
        // one batch of inserts and one of audit records (an import creates thousands), in the same order and texts
        repository.insertFiches(created.stream().map(Created::fiche).toList(), actor());
        audit.recordAll(created.stream()
                .map(c -> audit.entry(
                        PlanAudit.FICHE_ENTITY,
                        c.fiche().id(),
                        c.change().action(),
                        c.change().summary(),
                        c.change().changes(),
                        convention))
                .toList());
        return created.stream().map(c -> c.fiche().id()).toList();
    }

    /**
     * Changes a fiche read at {@code version}; returns its new version. The user must be able to change the fiche as it
     * was and as the verb leaves it (a fiche is not handed to another pilot or commune by someone who then loses it).
     */
    int change(UUID ficheId, int version, BiFunction<Fiche, ConventionSummary, Change> verb) {
        ActionPlanRepository.StoredFiche stored = load(ficheId);
        ConventionSummary convention =
                conventions.writable(stored.fiche().conventionId(), () -> ficheNotFound(ficheId));
        ConventionGrant grant = rights.of(convention);
        requireFiche(grant, stored.fiche().axisId(), stored.fiche().content());
        if (stored.version() != version)
            throw new OptimisticLockingFailureException("fiche " + ficheId + " read at " + version);
        Change change = verb.apply(stored.fiche(), convention);
        requireFiche(grant, stored.fiche().axisId(), stored.fiche().content());
        int newVersion = repository.updateFiche(stored.fiche(), version, actor());
        record(stored.fiche(), convention, change);
        return newVersion;
    }

    private void record(Fiche fiche, ConventionSummary convention, Change change) {
        audit.record(
                PlanAudit.FICHE_ENTITY, fiche.id(), change.action(), change.summary(), change.changes(), convention);
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
