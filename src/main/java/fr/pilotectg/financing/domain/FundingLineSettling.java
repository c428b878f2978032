package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Caf announces (« notifié ») and pays (« payé ») funding lines. A notified line keeps the amount computed at that
 * moment and the parameter versions it used; it may be notified again at a new amount until it is paid; a paid line is
 * final. One flow (ADR 0013): the convention's guard (out of reach 404) → the Caf's right (403) → the version of the
 * inputs the user read (409: the amounts seen were not the current ones) → every line checked first (all or nothing)
 * → save → audit in French.
 */
@Service
public class FundingLineSettling {

    private final FinancingFlow flow;
    private final FinancingRepository repository;
    private final FundingComputation computation;
    private final AuditTrail audit;
    private final FinancingText text;

    FundingLineSettling(
            FinancingFlow flow,
            FinancingRepository repository,
            FundingComputation computation,
            AuditTrail audit,
            FinancingText text) {
        this.flow = flow;
        this.repository = repository;
        this.computation = computation;
        this.audit = audit;
        this.text = text;
    }

    /** Notifies the lines at their amounts computed now; returns how many. */
    @Transactional
    public int notifyLines(UUID conventionId, int version, List<LineStatus.Key> keys) {
        return settle(conventionId, version, keys, LineStatus.Status.NOTIFIED);
    }

    /** Marks notified lines as paid at their notified amounts; returns how many. */
    @Transactional
    public int pay(UUID conventionId, int version, List<LineStatus.Key> keys) {
        return settle(conventionId, version, keys, LineStatus.Status.PAID);
    }

    private int settle(UUID conventionId, int version, List<LineStatus.Key> keys, LineStatus.Status target) {
        ConventionSummary convention = flow.writable(conventionId);
        if (!flow.canSettle(convention)) throw new DomainException(ErrorKind.FORBIDDEN, FinancingErrors.CAF_ONLY);
        var stored = repository.inputs(conventionId);
        int current = stored.map(FinancingRepository.Stored::version).orElse(0);
        if (current != version)
            throw new OptimisticLockingFailureException("financing of " + conventionId + " read at " + version);
        if (keys.isEmpty()) throw DomainException.invalid(FinancingErrors.REQUIRED);
        FinancingInputs inputs = stored.map(FinancingRepository.Stored::value).orElseGet(FinancingInputs::empty);
        FundingComputation.Computed computed = computation.compute(convention, inputs);
        List<AuditChange> changes = new ArrayList<>();
        List<Runnable> saves = new ArrayList<>();
        for (LineStatus.Key key : new LinkedHashSet<>(keys)) {
            FundingLine line = computed.computedLines().get(key);
            if (line == null) throw DomainException.invalid(FinancingErrors.LINE_NOT_FOUND, describe(inputs, key));
            LineStatus before = computed.statuses().get(key);
            if (before != null && before.status() == LineStatus.Status.PAID)
                throw DomainException.conflict(FinancingErrors.LINE_ALREADY_PAID, describe(inputs, key));
            String was = before == null
                    ? text.text("financing.status.estimatedAmount", text.amount(line.amount()))
                    : text.text("financing.status.notifiedAmount", text.amount(before.amount()));
            if (target == LineStatus.Status.NOTIFIED) {
                if (!line.known())
                    throw DomainException.rule(FinancingErrors.LINE_UNKNOWN_AMOUNT, describe(inputs, key));
                List<UUID> parameterIds = line.explanation().parameters().stream()
                        .map(ParameterVersion::id)
                        .toList();
                saves.add(() ->
                        repository.saveNotified(conventionId, key, line.amount(), parameterIds, FinancingFlow.actor()));
                changes.add(new AuditChange(
                        describe(inputs, key),
                        was,
                        text.text("financing.status.notifiedAmount", text.amount(line.amount()))));
            } else {
                if (before == null)
                    throw DomainException.rule(FinancingErrors.LINE_NOT_NOTIFIED, describe(inputs, key));
                saves.add(() -> repository.savePaid(conventionId, key, FinancingFlow.actor()));
                changes.add(new AuditChange(
                        describe(inputs, key),
                        was,
                        text.text("financing.status.paidAmount", text.amount(before.amount()))));
            }
        }
        saves.forEach(Runnable::run);
        audit.record(new AuditRecord(
                FinancingFlow.INPUTS_ENTITY,
                conventionId.toString(),
                "updated",
                text.text(
                        target == LineStatus.Status.NOTIFIED
                                ? "financing.audit.lines.notified"
                                : "financing.audit.lines.paid",
                        changes.size()),
                changes,
                convention.footprint()));
        return changes.size();
    }

    /** « Les Oisillons — 2021 — Bonus territoire, places nouvelles ». */
    private String describe(FinancingInputs inputs, LineStatus.Key key) {
        String structure = inputs.structures().stream()
                .filter(s -> s.id().equals(key.structureId()))
                .map(s -> s.name() == null || s.name().isBlank() ? s.id() : s.name())
                .findFirst()
                .orElse(key.structureId());
        return text.text("financing.line.describe", structure, String.valueOf(key.year()), text.kind(key.kind()));
    }
}
