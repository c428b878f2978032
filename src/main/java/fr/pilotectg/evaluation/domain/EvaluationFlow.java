package fr.pilotectg.evaluation.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way the evaluation changes something (an indicator, a review): check that the user may change the
 * convention ({@link Conventions#writable}), load the aggregate, check the version the user read, apply the business
 * verb, save, write the audit trail in French ({@code messages/evaluation.properties}). Callers are
 * {@code @Transactional}, so it is all one transaction.
 */
@Component
class EvaluationFlow {

    private final Conventions conventions;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    EvaluationFlow(Conventions conventions, AuditTrail audit, MessageSource messages, Clock clock) {
        this.conventions = conventions;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** An aggregate as loaded: its id for the audit trail and its version (null: not stored yet). */
    record Loaded<T>(T value, String id, Integer version) {}

    /** Saves an aggregate read at {@code expectedVersion} (null: a new one); returns its new version. */
    interface Saver<T> {
        int save(T value, Integer expectedVersion, String actor);
    }

    /** What a verb did, for the audit trail: the action, its French summary and the fields changed (in French). */
    record Done(String action, String summary, List<AuditChange> changes) {}

    /** Runs one change; {@code expectedVersion} null skips the version check (a verb that reads no version). */
    <T> int change(
            UUID conventionId,
            Supplier<DomainException> notFound,
            Integer expectedVersion,
            String entity,
            Function<ConventionSummary, Loaded<T>> load,
            BiFunction<T, ConventionSummary, Done> verb,
            Saver<T> saver) {
        ConventionSummary convention = conventions.writable(conventionId, notFound);
        Loaded<T> loaded = load.apply(convention);
        int current = loaded.version() == null ? 0 : loaded.version();
        if (expectedVersion != null && current != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    entity + " " + loaded.id() + " read at " + expectedVersion + ", now " + current);
        }
        Done done = verb.apply(loaded.value(), convention);
        int version = saver.save(loaded.value(), loaded.version(), actor());
        audit.record(new AuditRecord(
                        entity, loaded.id(), done.action(), done.summary(), done.changes(), convention.footprint())
                .about(convention.id()));
        return version;
    }

    ConventionSummary readable(UUID conventionId, Supplier<DomainException> notFound) {
        return conventions.readable(conventionId, notFound);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The message {@code key} in French (a date argument reads 31/12/2023). */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRANCE);
    }

    /** A number the French way, or null. */
    static String number(BigDecimal value) {
        return value == null ? null : FrenchNumbers.plain(value);
    }

    /** Year → value, as "2022 : 25 ; 2023 : 40". */
    static String byYear(Map<Integer, BigDecimal> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + " : " + number(e.getValue()))
                .collect(Collectors.joining(" ; "));
    }

    static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }
}
