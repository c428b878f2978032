package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way the diagnostic module changes something (a diagnostic or a row of the schéma): check that the user may
 * change the convention ({@link Conventions#writable}), load the aggregate, check the version the user read, apply the
 * business verb, save, write the audit trail in French. Callers are {@code @Transactional}, so it is all one transaction.
 */
@Component
class DiagnosticFlow {

    static final String DIAGNOSTIC = "diagnostic";

    private final DiagnosticRepository repository;
    private final Conventions conventions;
    private final AuditTrail audit;
    private final AuditText text;
    private final Clock clock;

    DiagnosticFlow(
            DiagnosticRepository repository, Conventions conventions, AuditTrail audit, AuditText text, Clock clock) {
        this.repository = repository;
        this.conventions = conventions;
        this.audit = audit;
        this.text = text;
        this.clock = clock;
    }

    /** Where an aggregate is stored: how to load it, what it is when nothing is stored yet, how to save it. */
    interface Store<T> {

        Optional<DiagnosticRepository.Stored<T>> load();

        /** The aggregate when none is stored: a fresh one, or a "not found" refusal. */
        T absent(ConventionSummary convention);

        int save(T value, Integer expectedVersion, String actor);

        String id(T value);
    }

    /** What a verb did, for the audit trail: the action, its French summary and the fields changed (in French). */
    record Done(String action, String summary, List<AuditChange> changes) {}

    /** The aggregate as saved and its new version. */
    record Saved<T>(T value, int version) {}

    /**
     * Runs one change. {@code expectedVersion} is the version the user read (0 for an aggregate not yet stored); null
     * creates a new one (no version to check).
     */
    <T> Saved<T> change(
            UUID conventionId,
            Integer expectedVersion,
            String entity,
            Store<T> store,
            BiFunction<T, ConventionSummary, Done> verb) {
        ConventionSummary convention = conventions.writable(conventionId, () -> conventionNotFound(conventionId));
        Optional<DiagnosticRepository.Stored<T>> stored = store.load();
        int current = stored.map(DiagnosticRepository.Stored::version).orElse(0);
        if (expectedVersion != null && current != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    entity + " of " + conventionId + " changed since read (" + expectedVersion + ")");
        }
        T value = stored.map(DiagnosticRepository.Stored::value).orElseGet(() -> store.absent(convention));
        Done done = verb.apply(value, convention);
        int version;
        try {
            version = store.save(value, stored.isPresent() ? current : null, actor());
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException(entity + " of " + conventionId + " created meanwhile", e);
        }
        audit.record(new AuditRecord(
                        entity, store.id(value), done.action(), done.summary(), done.changes(), convention.footprint())
                .about(convention.id()));
        return new Saved<>(value, version);
    }

    /**
     * A change of the convention's diagnostic (a fresh one when none is stored, version 0): {@code verb} applies the
     * business verb and says the summary; the fields changed are listed from the data before and after.
     */
    int diagnostic(
            UUID conventionId,
            int expectedVersion,
            String action,
            BiFunction<Diagnostic, ConventionSummary, String> verb) {
        Store<Diagnostic> store = new Store<>() {
            @Override
            public Optional<DiagnosticRepository.Stored<Diagnostic>> load() {
                return repository.find(conventionId);
            }

            @Override
            public Diagnostic absent(ConventionSummary convention) {
                return Diagnostic.start(conventionId);
            }

            @Override
            public int save(Diagnostic value, Integer expected, String actor) {
                return repository.save(value, expected, actor);
            }

            @Override
            public String id(Diagnostic value) {
                return conventionId.toString();
            }
        };
        return change(conventionId, expectedVersion, DIAGNOSTIC, store, (d, convention) -> {
                    DiagnosticData before = d.data();
                    String summary = verb.apply(d, convention);
                    return new Done(action, summary, text.changes(before, d.data()));
                })
                .version();
    }

    /** A read: the convention if the user may see it, else {@code CONVENTION_NOT_FOUND}. */
    ConventionSummary readable(UUID conventionId) {
        return conventions.readable(conventionId, () -> conventionNotFound(conventionId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    AuditText text() {
        return text;
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException conventionNotFound(UUID conventionId) {
        return DomainException.notFound("CONVENTION_NOT_FOUND", conventionId);
    }
}
