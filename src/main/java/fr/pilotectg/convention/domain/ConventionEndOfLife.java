package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.ConventionChanges.Change;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a convention ends: terminated early by one of its three clauses, or renewed by express agreement (a new draft
 * naming it as predecessor). Each takes the version the user read.
 */
@Service
@Transactional
public class ConventionEndOfLife {

    private final ConventionChanges changes;
    private final ConventionRepository repository;
    private final ConventionFootprints footprints;
    private final ConventionAuditTexts texts;

    ConventionEndOfLife(
            ConventionChanges changes,
            ConventionRepository repository,
            ConventionFootprints footprints,
            ConventionAuditTexts texts) {
        this.changes = changes;
        this.repository = repository;
        this.footprints = footprints;
        this.texts = texts;
    }

    /** What a termination request carries; {@code party} is the organisation that acts (notice, formal notice). */
    public record TerminationRequest(TerminationKind kind, LocalDate actOn, UUID party, boolean remedied) {}

    public int terminate(UUID id, int version, TerminationRequest request) {
        if (request == null || request.kind() == null) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("kind", ConventionErrorCodes.TERMINATION_KIND_REQUIRED)));
        }
        InputLimits.check().date("actOn", request.actOn()).throwIfAny();
        return changes.change(id, version, convention -> {
            ConventionStatus before = convention.status();
            Termination termination = switch (request.kind()) {
                case FORMAL_NOTICE ->
                    convention.terminateAfterFormalNotice(request.party(), request.actOn(), request.remedied());
                case UNILATERAL_CHANGE -> convention.terminateForUnilateralChange(request.actOn());
                case NOTICE -> convention.terminateWithNotice(request.actOn(), request.party());
            };
            convention.refresh(changes.today());
            String kind = texts.kind(request.kind());
            var audited = new ArrayList<AuditChange>();
            audited.add(new AuditChange(texts.field("termination"), null, kind));
            audited.add(new AuditChange(
                    texts.field("effectiveOn"), null, ConventionAuditTexts.date(termination.effectiveOn())));
            if (before != convention.status()) audited.add(texts.statusChange(before, convention.status()));
            return new Change(
                    "terminated",
                    texts.summary("terminated", kind, termination.actOn(), termination.effectiveOn()),
                    audited);
        });
    }

    /** Renewal by explicit agreement: a new draft convention naming this one as its predecessor. Returns the successor's id. */
    public UUID renew(UUID id, int version, LocalDate start, LocalDate end) {
        InputLimits.check().date("start", start).date("end", end).throwIfAny();
        var renewal = new AtomicReference<Convention>();
        changes.change(id, version, (convention, owner) -> {
            Period period;
            try {
                period = Period.of(start, end);
            } catch (DomainException e) {
                throw DomainException.invalidFields(
                        List.of(new FieldProblem(start == null ? "start" : "end", e.code(), e.args())));
            }
            Convention successor = convention.renew(ConventionId.random(), period);
            Footprint footprint = footprints.of(successor, owner);
            repository.insert(successor, owner, footprint, ConventionChanges.actor());
            changes.record(
                    successor,
                    footprint,
                    new Change(
                            "created",
                            texts.summary(
                                    "renewal-created", convention.currentTerms().title()),
                            List.of(new AuditChange(texts.field("predecessor"), null, id.toString()))));
            renewal.set(successor);
            return new Change(
                    "renewed",
                    texts.summary("renewed", period.start(), period.end()),
                    List.of(new AuditChange(
                            texts.field("successor"), null, successor.id().toString())));
        });
        return renewal.get().id().value();
    }
}
