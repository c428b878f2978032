package fr.pilotectg.governance.domain;

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
 * convention's guard, {@link Conventions#writable}) → check the version read (optimistic locking, 409) → apply the
 * verb → save → audit. The use cases run it inside their own transaction.
 */
@Component
class GovernanceFlow {

    /** A record kind of the module: how to find, store and audit it. */
    record Kind<T>(
            String entity,
            String notFound,
            Function<UUID, Optional<Stored<T>>> find,
            Function<T, UUID> conventionOf,
            Function<T, UUID> idOf,
            Inserter<T> insert,
            Updater<T> update) {}

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
    private final AuditTrail audit;

    GovernanceFlow(GovernanceRepository repository, Conventions conventions, AuditTrail audit) {
        this.conventions = conventions;
        this.audit = audit;
        this.bodies = new Kind<>(
                GovernanceAudit.BODY_ENTITY,
                GovernanceErrors.BODY_NOT_FOUND,
                repository::findBody,
                Body::conventionId,
                Body::id,
                repository::insertBody,
                repository::updateBody);
        this.meetings = new Kind<>(
                GovernanceAudit.MEETING_ENTITY,
                GovernanceErrors.MEETING_NOT_FOUND,
                repository::findMeeting,
                Meeting::conventionId,
                Meeting::id,
                repository::insertMeeting,
                repository::updateMeeting);
        this.posts = new Kind<>(
                GovernanceAudit.POST_ENTITY,
                GovernanceErrors.POST_NOT_FOUND,
                repository::findPost,
                Post::conventionId,
                Post::id,
                repository::insertPost,
                repository::updatePost);
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

    /** Adds a record to the governance of a convention the user may change; returns its id. */
    <T> UUID create(Kind<T> kind, UUID conventionId, Function<ConventionSummary, Outcome<T>> verb) {
        ConventionSummary convention = writable(conventionId);
        Outcome<T> outcome = verb.apply(convention);
        kind.insert().insert(outcome.value(), actor());
        UUID id = kind.idOf().apply(outcome.value());
        record(kind, id, convention, outcome);
        return id;
    }

    /** Changes a record of the convention read at {@code version}; returns its new version. */
    <T> int change(
            Kind<T> kind,
            UUID conventionId,
            UUID id,
            int version,
            BiFunction<Stored<T>, ConventionSummary, Outcome<T>> verb) {
        ConventionSummary convention = writable(conventionId);
        Stored<T> stored = own(kind, conventionId, id);
        if (stored.version() != version)
            throw new OptimisticLockingFailureException(kind.entity() + " " + id + " read at " + version);
        Outcome<T> outcome = verb.apply(stored, convention);
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
                convention.footprint()));
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException notFound(UUID conventionId) {
        return DomainException.notFound(GovernanceErrors.GOVERNANCE_NOT_FOUND, String.valueOf(conventionId));
    }
}
