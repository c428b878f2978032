package fr.pilotectg.governance.domain;

import fr.pilotectg.convention.ConventionGrant;
import fr.pilotectg.convention.ConventionPart;
import fr.pilotectg.convention.ConventionRights;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.governance.domain.GovernanceRepository.Stored;
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
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one flow of every governance change: load (a body, meeting or post of the convention) → check access (the
 * convention's guard, {@link Conventions#writable}, then {@link ConventionRights}: a body, its meetings and a post are
 * changed by the Caf, the lead collectivité and admins, and by the organisation that owns the body or employs the post
 * or the agents of its commune) → check the version read (optimistic locking, 409) → apply the verb → save → audit.
 * The use cases run it inside their own transaction.
 */
@Component
class GovernanceFlow {

    /** A record kind of the module: how to find, store and audit it, and whom it concerns. */
    record Kind<T>(
            String entity,
            String notFound,
            Function<UUID, Optional<Stored<T>>> find,
            Function<T, UUID> conventionOf,
            Function<T, UUID> idOf,
            Inserter<T> insert,
            Updater<T> update,
            Function<T, Concern> concern) {}

    /** Who a record belongs to, for {@link ConventionRights}: its owning organisation and its commune (if any). */
    record Concern(List<UUID> owners, List<String> communes) {

        static Concern of(UUID owner, String commune) {
            return new Concern(
                    owner == null ? List.of() : List.of(owner), commune == null ? List.of() : List.of(commune));
        }

        static final Concern NOBODY = new Concern(List.of(), List.of());
    }

    interface Inserter<T> {
        void insert(T value, String actor);
    }

    interface Updater<T> {
        int update(T value, int expected, String actor);
    }

    /** What a verb produced, and what the audit trail says of it. */
    record Outcome<T>(T value, String action, String summary, List<AuditChange> changes) {}

    final Kind<Body> bodies;
    final Kind<Meeting> meetings;
    final Kind<Post> posts;

    private final Conventions conventions;
    private final ConventionRights rights;
    private final AuditTrail audit;

    GovernanceFlow(
            GovernanceRepository repository, Conventions conventions, ConventionRights rights, AuditTrail audit) {
        this.conventions = conventions;
        this.rights = rights;
        this.audit = audit;
        this.bodies = new Kind<>(
                GovernanceAudit.BODY_ENTITY,
                GovernanceErrors.BODY_NOT_FOUND,
                repository::findBody,
                Body::conventionId,
                Body::id,
                repository::insertBody,
                repository::updateBody,
                GovernanceFlow::concern);
        this.meetings = new Kind<>(
                GovernanceAudit.MEETING_ENTITY,
                GovernanceErrors.MEETING_NOT_FOUND,
                repository::findMeeting,
                Meeting::conventionId,
                Meeting::id,
                repository::insertMeeting,
                repository::updateMeeting,
                meeting -> meeting.data().bodyId() == null
                        ? Concern.NOBODY
                        : repository
                                .findBody(meeting.data().bodyId())
                                .map(b -> concern(b.value()))
                                .orElse(Concern.NOBODY));
        this.posts = new Kind<>(
                GovernanceAudit.POST_ENTITY,
                GovernanceErrors.POST_NOT_FOUND,
                repository::findPost,
                Post::conventionId,
                Post::id,
                repository::insertPost,
                repository::updatePost,
                post -> Concern.of(post.data().employerId(), post.data().commune()));
    }

    static Concern concern(Body body) {
        return Concern.of(body.ownerId(), body.data().commune());
    }

    /** What the current user may change in the convention (computed once for a page). */
    ConventionGrant grant(ConventionSummary convention) {
        return rights.of(convention);
    }

    /** Whether the grant lets the user change {@code value} (for the pages). */
    <T> boolean canChange(ConventionGrant grant, Kind<T> kind, T value) {
        Concern c = kind.concern().apply(value);
        return grant.canChange(ConventionPart.GOVERNANCE, c.owners(), c.communes());
    }

    private <T> void require(ConventionGrant grant, Kind<T> kind, T value) {
        Concern c = kind.concern().apply(value);
        grant.require(ConventionPart.GOVERNANCE, c.owners(), c.communes());
    }

    ConventionSummary readable(UUID conventionId) {
        return conventions.readable(conventionId, () -> notFound(conventionId));
    }

    ConventionSummary writable(UUID conventionId) {
        return conventions.writable(conventionId, () -> notFound(conventionId));
    }

    /** The record if it belongs to the convention (the caller has checked access to the convention). */
    <T> Stored<T> own(Kind<T> kind, UUID conventionId, UUID id) {
        return (id == null ? Optional.<Stored<T>>empty() : kind.find().apply(id))
                .filter(s -> kind.conventionOf().apply(s.value()).equals(conventionId))
                .orElseThrow(() -> DomainException.notFound(kind.notFound(), String.valueOf(id)));
    }

    /** Adds a record the user may change (their own at least) to a convention's governance; returns its id. */
    <T> UUID create(Kind<T> kind, UUID conventionId, BiFunction<ConventionSummary, ConventionGrant, Outcome<T>> verb) {
        ConventionSummary convention = writable(conventionId);
        ConventionGrant grant = rights.of(convention);
        Outcome<T> outcome = verb.apply(convention, grant);
        require(grant, kind, outcome.value());
        kind.insert().insert(outcome.value(), actor());
        UUID id = kind.idOf().apply(outcome.value());
        record(kind, id, convention, outcome);
        return id;
    }

    /**
     * Changes a record of the convention read at {@code version}; returns its new version. The user must be able to
     * change the record as it was and as the verb leaves it.
     */
    <T> int change(
            Kind<T> kind,
            UUID conventionId,
            UUID id,
            int version,
            BiFunction<Stored<T>, ConventionSummary, Outcome<T>> verb) {
        ConventionSummary convention = writable(conventionId);
        Stored<T> stored = own(kind, conventionId, id);
        ConventionGrant grant = rights.of(convention);
        require(grant, kind, stored.value());
        if (stored.version() != version)
            throw new OptimisticLockingFailureException(kind.entity() + " " + id + " read at " + version);
        Outcome<T> outcome = verb.apply(stored, convention);
        require(grant, kind, outcome.value());
        int next = kind.update().update(outcome.value(), version, actor());
        record(kind, id, convention, outcome);
        return next;
    }

    private <T> void record(Kind<T> kind, UUID id, ConventionSummary convention, Outcome<T> outcome) {
        audit.record(new AuditRecord(
                        kind.entity(),
                        id.toString(),
                        outcome.action(),
                        outcome.summary(),
                        outcome.changes(),
                        convention.footprint())
                .about(convention.id()));
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException notFound(UUID conventionId) {
        return DomainException.notFound(GovernanceErrors.GOVERNANCE_NOT_FOUND, String.valueOf(conventionId));
    }
}
