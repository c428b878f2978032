package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionGrant;
import fr.pilotectg.convention.ConventionPart;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one flow of every change to a convention, shared by the use cases: load → check access against the stored
 * footprint → check the version the user read → apply the aggregate's business verb → save with optimistic locking →
 * audit, in the caller's transaction. Returns the convention's new version.
 */
@Component
class ConventionChanges {

    static final String ENTITY = "convention";

    /** What a verb did, for the audit trail: the action code, the French summary and the fields that changed. */
    record Change(String action, String summary, List<AuditChange> changes) {}

    /** A business verb applied to a loaded convention; {@code owner} is who recorded it (null: an administrator). */
    @FunctionalInterface
    interface Verb {
        Change apply(Convention convention, UUID owner);
    }

    private final ConventionRepository repository;
    private final ConventionFootprints footprints;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    ConventionChanges(
            ConventionRepository repository,
            ConventionFootprints footprints,
            AccessControl access,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.footprints = footprints;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies {@code verb} to the convention read at {@code version} and saves the convention it leaves. */
    int change(UUID id, int version, Verb verb) {
        return apply(
                id,
                version,
                verb,
                (convention, footprint) -> repository.update(convention, version, footprint, actor()));
    }

    int change(UUID id, int version, Function<Convention, Change> verb) {
        return change(id, version, (convention, owner) -> verb.apply(convention));
    }

    /**
     * Applies {@code verb}, which changes what hangs on the convention (its deliberation links), not the aggregate: the
     * convention's version is bumped all the same, so that another editor does not overwrite the change unseen.
     */
    int changeAround(UUID id, int version, Verb verb) {
        return apply(id, version, verb, (convention, footprint) -> repository.touch(convention.id(), version, actor()));
    }

    private interface Save {
        int save(Convention convention, Footprint footprint);
    }

    private int apply(UUID id, int version, Verb verb, Save save) {
        ConventionRepository.Stored stored = load(id);
        Footprint before = footprints.of(stored);
        access.requireWrite(before, () -> notFound(id));
        // Within a shared convention its terms are the Caf's and the lead collectivité's (ADR 0003).
        ConventionGrant.forCurrentUser(access, before, stored.lead()).require(ConventionPart.TERMS, Set.of(), Set.of());
        requireVersion(stored, version);
        Convention convention = stored.convention();
        Change change = verb.apply(convention, stored.owner());
        Footprint after = footprints.of(stored);
        int newVersion = save.save(convention, after);
        record(convention, after, change);
        return newVersion;
    }

    /**
     * Saves a convention that did not exist (a new draft, or one recorded as signed from its text), standing with the
     * user's organisation (its owner; none for an administrator). A convention that names nobody yet may be entered by
     * an agent whose role drafts conventions; otherwise the user must be able to change what its parties reach.
     * {@code change} tells the audit trail what was entered.
     */
    UUID insert(Convention convention, Change change) {
        PiloteUser user = CurrentUser.optional().orElseThrow(AccessControl::denied);
        Footprint parties = footprints.of(convention, null);
        boolean allowed = parties.isEmpty() ? user.role().draftsConventions() : access.canWrite(parties);
        if (!allowed) throw AccessControl.denied();
        UUID owner = user.isAdmin() ? null : user.organisationId();
        Footprint footprint = footprints.of(convention, owner);
        repository.insert(convention, owner, footprint, actor());
        record(convention, footprint, change);
        return convention.id().value();
    }

    /** The convention if the current user may read it; otherwise "not found" (a convention out of reach is never said to exist). */
    ConventionRepository.Stored load(UUID id) {
        if (id == null) throw notFound(null);
        ConventionRepository.Stored stored =
                repository.find(new ConventionId(id)).orElseThrow(() -> notFound(id));
        access.requireRead(footprints.of(stored), () -> notFound(id));
        return stored;
    }

    /** Every change carries the version its author read; a stale one is refused so that nothing saved since is lost. */
    private static void requireVersion(ConventionRepository.Stored stored, int version) {
        if (stored.version() != version) {
            throw new OptimisticLockingFailureException(
                    "convention " + stored.convention().id() + " read at " + version);
        }
    }

    void record(Convention convention, Footprint footprint, Change change) {
        audit.record(new AuditRecord(
                ENTITY, convention.id().toString(), change.action(), change.summary(), change.changes(), footprint));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound(ConventionErrorCodes.NOT_FOUND, String.valueOf(id));
    }
}
