package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.diagnostic.Diagnostics;
import fr.pilotectg.diagnostic.SchemaRow;
import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Financing scenarios (issue 14 point 5, ADR « financing scenarios »): a named delta over the convention's current
 * inputs, computed in memory by the same engine beside the plan, which it never changes. Reading needs the convention
 * to be readable; creating and discarding, writable (out of reach 404, read-only 403). Each change follows one flow
 * (ADR 0013): the convention's guard → load → check (version, input) → verb → save → audit in French.
 */
@Service
@Transactional(readOnly = true)
public class FinancingScenarios {

    static final String ENTITY = "scenario-financement";

    private final FinancingFlow flow;
    private final FinancingRepository inputs;
    private final ScenarioRepository scenarios;
    private final FundingComputation computation;
    private final Conventions conventions;
    private final AuditTrail audit;
    private final FinancingText text;
    private final Clock clock;
    private final Diagnostics diagnostics;

    FinancingScenarios(
            FinancingFlow flow,
            FinancingRepository inputs,
            ScenarioRepository scenarios,
            FundingComputation computation,
            Conventions conventions,
            AuditTrail audit,
            FinancingText text,
            Clock clock,
            Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.flow = flow;
        this.inputs = inputs;
        this.scenarios = scenarios;
        this.computation = computation;
        this.conventions = conventions;
        this.audit = audit;
        this.text = text;
        this.clock = clock;
    }

    /** The convention's scenarios, active then discarded (404 out of reach). */
    public ScenarioList list(UUID conventionId) {
        ConventionSummary convention = flow.readable(conventionId);
        return new ScenarioList(
                convention,
                scenarios.of(conventionId),
                current(conventionId).value(),
                convention.start().getYear(),
                convention.end().getYear(),
                canWrite(convention));
    }

    /** The current plan beside the scenario, with their difference (the plan is computed, never changed). */
    public ScenarioComparison comparison(UUID conventionId, UUID scenarioId) {
        ConventionSummary convention = flow.readable(conventionId);
        Scenario scenario = scenario(conventionId, scenarioId);
        FinancingRepository.Stored<FinancingInputs> stored = current(conventionId);
        FundingPlan plan = computation.compute(convention, stored.value()).plan();
        Side side = side(convention, stored.value(), scenario);
        return new ScenarioComparison(
                convention,
                null,
                List.of(),
                scenario,
                side.applied().effects(),
                PlanDifference.of(plan, side.plan()),
                names(stored.value(), side.applied().inputs()),
                stored.version(),
                canWrite(convention));
    }

    /** Two scenarios side by side: {@code after − before}. */
    public ScenarioComparison compare(UUID conventionId, UUID beforeId, UUID afterId) {
        ConventionSummary convention = flow.readable(conventionId);
        Scenario before = scenario(conventionId, beforeId);
        Scenario after = scenario(conventionId, afterId);
        FinancingRepository.Stored<FinancingInputs> stored = current(conventionId);
        Side a = side(convention, stored.value(), before);
        Side b = side(convention, stored.value(), after);
        Map<String, String> names =
                new HashMap<>(names(stored.value(), a.applied().inputs()));
        names.putAll(names(stored.value(), b.applied().inputs()));
        return new ScenarioComparison(
                convention,
                before,
                a.applied().effects(),
                after,
                b.applied().effects(),
                PlanDifference.of(a.plan(), b.plan()),
                names,
                stored.version(),
                canWrite(convention));
    }

    /** Saves a scenario after checking its name and changes against the current inputs; nothing is saved on error. */
    @Transactional
    public Scenario create(UUID conventionId, String name, List<ScenarioChange> changes) {
        return create(conventionId, name, changes, Scenario.Origin.ENTERED);
    }

    /**
     * A scenario of the places the schéma de développement plans: one change per row that names a structure of the
     * inputs (by its register entry) — its capacity after the row from the row's year (the capacity before plus the places
     * added when the row gives no capacity after), so that places the plan already has are not added twice. Rows without
     * a structure, a year within the convention or a known capacity are left out and counted in
     * {@link Generated#skipped()}.
     */
    @Transactional
    public Generated fromSchema(UUID conventionId, String name) {
        ConventionSummary convention = flow.writable(conventionId);
        FinancingInputs current = current(conventionId).value();
        Map<UUID, FinancingInputs.Structure> byEquipment = new HashMap<>();
        for (FinancingInputs.Structure s : current.structures())
            if (s.equipmentId() != null) byEquipment.putIfAbsent(s.equipmentId(), s);
        List<ScenarioChange> changes = new java.util.ArrayList<>();
        int skipped = 0;
        for (SchemaRow row : diagnostics.plannedRows(conventionId)) {
            FinancingInputs.Structure s = row.equipmentId() == null ? null : byEquipment.get(row.equipmentId());
            Integer added = whole(row.placesAdded());
            Integer after = whole(row.capacityAfter());
            // « Extension de 2 places »: the capacity after is the one before (the row's, else the inputs') plus them
            Integer before =
                    row.capacityBefore() != null ? whole(row.capacityBefore()) : s == null ? null : s.existingPlaces();
            if (after == null && added != null && before != null) after = before + added;
            boolean inYears = row.year() != null
                    && row.year() >= convention.start().getYear()
                    && row.year() <= convention.end().getYear();
            String note = text.text("financing.scenario.schemaRow", row.title());
            if (s == null || !inYears || after == null) skipped++;
            else
                changes.add(
                        ScenarioChange.capacity(s.id(), after, row.year(), null).withNote(note));
        }
        if (changes.isEmpty()) throw DomainException.invalid(ScenarioErrors.SCHEMA_EMPTY, skipped);
        String named = name == null || name.isBlank()
                ? text.text("financing.scenario.schemaName", text.day(LocalDate.now(clock)))
                : name;
        return new Generated(create(conventionId, named, changes, Scenario.Origin.SCHEMA), skipped);
    }

    /** A scenario generated from the schéma and the number of its rows left out. */
    public record Generated(Scenario scenario, int skipped) {}

    private static Integer whole(java.math.BigDecimal places) {
        if (places == null || places.signum() < 0) return null;
        try {
            return places.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private Scenario create(UUID conventionId, String name, List<ScenarioChange> changes, Scenario.Origin origin) {
        ConventionSummary convention = flow.writable(conventionId);
        FinancingInputs current = current(conventionId).value();
        ScenarioDelta.check(
                name,
                changes,
                current,
                convention.start().getYear(),
                convention.end().getYear());
        Scenario scenario = new Scenario(
                UUID.randomUUID(),
                conventionId,
                name.strip(),
                changes,
                origin,
                Scenario.Status.ACTIVE,
                1,
                OffsetDateTime.now(clock),
                FinancingFlow.actor(),
                null,
                null);
        try {
            scenarios.insert(scenario);
        } catch (DuplicateKeyException e) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("name", ScenarioErrors.NAME_DUPLICATE, scenario.name())));
        }
        List<String> effects = ScenarioDelta.apply(current, changes, scenario.name()).effects().stream()
                .map(this::effect)
                .toList();
        audit.record(new AuditRecord(
                ENTITY,
                scenario.id().toString(),
                "created",
                text.text("financing.scenario.audit.created", scenario.name(), changes.size()),
                List.of(new AuditChange(
                        text.text("financing.scenario.audit.changes"), null, String.join(" ; ", effects))),
                convention.footprint()));
        return scenario;
    }

    /** Discards a scenario read at {@code version}: kept in the list of discarded ones; returns its new version. */
    @Transactional
    public int discard(UUID conventionId, UUID scenarioId, int version) {
        ConventionSummary convention = flow.writable(conventionId);
        Scenario scenario = scenario(conventionId, scenarioId);
        if (scenario.version() != version)
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "scenario " + scenarioId + " read at " + version);
        if (!scenario.active()) throw DomainException.conflict(ScenarioErrors.ALREADY_DISCARDED, scenario.name());
        int next =
                scenarios.discard(conventionId, scenarioId, version, OffsetDateTime.now(clock), FinancingFlow.actor());
        audit.record(new AuditRecord(
                ENTITY,
                scenarioId.toString(),
                "discarded",
                text.text("financing.scenario.audit.discarded", scenario.name()),
                List.of(new AuditChange(
                        text.text("financing.scenario.audit.status"),
                        text.text("financing.scenario.status.ACTIVE"),
                        text.text("financing.scenario.status.DISCARDED"))),
                convention.footprint()));
        return next;
    }

    /** What a change did, in French. */
    public String effect(ScenarioDelta.Effect e) {
        return text.text("financing.scenario.effect." + e.key(), e.args().toArray());
    }

    private record Side(ScenarioDelta.Applied applied, FundingPlan plan) {}

    private Side side(ConventionSummary convention, FinancingInputs current, Scenario scenario) {
        ScenarioDelta.Applied applied = ScenarioDelta.apply(current, scenario.changes(), scenario.name());
        String source = text.text("financing.scenario.source", scenario.name());
        UnaryOperator<YearParameters> adjusted =
                applied.proration() == null ? UnaryOperator.identity() : proration(applied.proration(), source);
        return new Side(
                applied,
                computation.compute(convention, applied.inputs(), adjusted).plan());
    }

    /** The proration mode of new places the scenario chooses, in memory, for every year (marked « hypothèse »). */
    static UnaryOperator<YearParameters> proration(String mode, String source) {
        return y -> {
            Map<ParameterCode, ParameterVersion> values = new EnumMap<>(ParameterCode.class);
            values.putAll(y.values());
            values.put(
                    ParameterCode.BT_PRORATION_NEW_PLACES,
                    new ParameterVersion(
                            UUID.nameUUIDFromBytes(("scenario:" + mode + ":" + y.year()).getBytes()),
                            ParameterCode.BT_PRORATION_NEW_PLACES,
                            null,
                            LocalDate.of(y.year(), 1, 1),
                            LocalDate.of(y.year(), 12, 31),
                            mode,
                            source,
                            true,
                            null));
            return new YearParameters(y.year(), values, y.revaluationFactor(), y.revaluations());
        };
    }

    private Scenario scenario(UUID conventionId, UUID scenarioId) {
        return scenarios
                .find(conventionId, scenarioId)
                .orElseThrow(() -> DomainException.notFound(ScenarioErrors.NOT_FOUND, String.valueOf(scenarioId)));
    }

    private FinancingRepository.Stored<FinancingInputs> current(UUID conventionId) {
        return inputs.inputs(conventionId)
                .orElseGet(() -> new FinancingRepository.Stored<>(FinancingInputs.empty(), 0));
    }

    private boolean canWrite(ConventionSummary convention) {
        return conventions.canWrite(convention);
    }

    private static Map<String, String> names(FinancingInputs a, FinancingInputs b) {
        Map<String, String> names = new HashMap<>();
        for (FinancingInputs i : List.of(a, b))
            for (FinancingInputs.Structure s : i.structures()) names.put(s.id(), s.name() == null ? s.id() : s.name());
        return names;
    }
}
