package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.diagnostic.SchemaPlaces;
import fr.pilotectg.equipment.CapacityRecorded;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schéma de développement use cases: read it, plan, revise, move and realise a row. Realising a row linked to an
 * entry of the register with a known capacity after writes that capacity in the register's history (through
 * {@link EquipmentRegister#recordCapacity}), in the same transaction, so the diagnostic's taux de couverture follows.
 * Places planned and created are counted by {@link SchemaFigures}, as everywhere else.
 */
@Service
public class SchemaService {

    static final String ENTITY = "schema-action";

    private final DiagnosticRepository repository;
    private final DiagnosticReading diagnostics;
    private final DiagnosticFlow flow;
    private final Territories territories;
    private final EquipmentRegister register;

    SchemaService(
            DiagnosticRepository repository,
            DiagnosticReading diagnostics,
            DiagnosticFlow flow,
            Territories territories,
            EquipmentRegister register) {
        this.repository = repository;
        this.diagnostics = diagnostics;
        this.flow = flow;
        this.territories = territories;
        this.register = register;
    }

    /** The application's day (its clock): a realisation is dated today unless said otherwise. */
    public LocalDate today() {
        return flow.today();
    }

    @Transactional(readOnly = true)
    public SchemaOverview overview(UUID conventionId) {
        ConventionSummary convention = flow.readable(conventionId);
        Map<String, String> communeNames = territories.communes(convention.communes()).stream()
                .collect(Collectors.toMap(CommuneView::inseeCode, CommuneView::name, (a, b) -> a));
        Map<UUID, String> equipmentNames = new HashMap<>();
        register.entriesOf(convention.communes()).forEach(e -> equipmentNames.put(e.id(), e.name()));
        List<DiagnosticRepository.Stored<SchemaAction>> stored = repository.actionsOf(conventionId);
        List<SchemaOverview.Row> rows = stored.stream()
                .map(s -> new SchemaOverview.Row(
                        s.value(),
                        s.version(),
                        equipmentNames.get(s.value().data().equipmentId()),
                        communeNames.getOrDefault(
                                s.value().data().communeCode(), s.value().data().communeCode())))
                .toList();
        DiagnosticReport report = diagnostics.report(conventionId);
        Figure children = report.childcare().childrenUnder3();
        BigDecimal childrenValue = children == null ? null : children.value();
        SchemaPlaces places = report.schema();
        List<SchemaOverview.YearLine> years = new ArrayList<>();
        for (SchemaPlaces.Year y : places.years()) {
            years.add(new SchemaOverview.YearLine(
                    y.year(),
                    y.planned(),
                    y.created(),
                    Rates.coverageEffect(y.planned(), childrenValue),
                    Rates.coverageEffect(y.created(), childrenValue)));
        }
        return new SchemaOverview(
                convention,
                diagnostics.canEdit(convention),
                flow.today(),
                rows,
                years,
                report.childcare().places(),
                children,
                report.childcare().coverageRate(),
                places.plannedTotal(),
                places.createdTotal(),
                places.plannedUnknown(),
                places.createdUnknown());
    }

    /** The places planned and created by the convention's schéma (the user may see the convention). */
    @Transactional(readOnly = true)
    public SchemaPlaces places(ConventionSummary convention) {
        return SchemaFigures.places(
                repository.actionsOf(convention.id()).stream()
                        .map(DiagnosticRepository.Stored::value)
                        .toList(),
                convention.start(),
                convention.end());
    }

    /**
     * The places planned and created by the schéma of each of these conventions (the caller has checked the user may
     * see them, e.g. {@code Conventions.inForce}): one statement for any number of conventions, computed as for one.
     */
    @Transactional(readOnly = true)
    public Map<UUID, SchemaPlaces> places(java.util.Collection<ConventionSummary> conventions) {
        Map<UUID, List<SchemaAction>> rows =
                repository
                        .actionsOfAll(
                                conventions.stream().map(ConventionSummary::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(SchemaAction::conventionId));
        Map<UUID, SchemaPlaces> places = new HashMap<>();
        for (ConventionSummary c : conventions)
            places.put(c.id(), SchemaFigures.places(rows.getOrDefault(c.id(), List.of()), c.start(), c.end()));
        return places;
    }

    /** The rows planning places for children under 3, not abandoned, in the schéma's order (read by the financing). */
    @Transactional(readOnly = true)
    public List<fr.pilotectg.diagnostic.SchemaRow> plannedRows(ConventionSummary convention) {
        return repository.actionsOf(convention.id()).stream()
                .map(DiagnosticRepository.Stored::value)
                .filter(a -> a.data().countsForChildcare() && a.status() != ActionStatus.ABANDONED)
                .sorted(java.util.Comparator.comparingInt(SchemaAction::position))
                .map(a -> new fr.pilotectg.diagnostic.SchemaRow(
                        a.id(),
                        a.data().title(),
                        a.data().communeCode(),
                        a.data().equipmentId(),
                        a.data().capacityBefore(),
                        a.data().capacityAfter(),
                        a.data().delta(),
                        a.data().start() == null ? null : a.data().start().year(),
                        a.status() == ActionStatus.REALISED))
                .toList();
    }

    @Transactional(readOnly = true)
    public DiagnosticRepository.Stored<SchemaAction> get(UUID conventionId, UUID actionId) {
        flow.readable(conventionId);
        return repository.action(conventionId, actionId).orElseThrow(() -> actionNotFound(actionId));
    }

    /** Plans a new row; returns it. */
    @Transactional
    public UUID plan(UUID conventionId, ActionData data) {
        return flow.change(
                        conventionId,
                        null,
                        ENTITY,
                        row(conventionId, null, data),
                        (action, convention) -> new DiagnosticFlow.Done(
                                "created",
                                flow.text()
                                        .text(
                                                "schema.audit.created",
                                                action.data().title()),
                                flow.text().changes(null, action.data(), "schema.field.")))
                .value()
                .id();
    }

    @Transactional
    public int revise(UUID conventionId, UUID actionId, int expectedVersion, ActionData data) {
        return flow.change(
                        conventionId,
                        expectedVersion,
                        ENTITY,
                        row(conventionId, actionId, null),
                        (action, convention) -> {
                            ActionData before = action.data();
                            ActionData checked = checked(convention, data);
                            action.revise(checked);
                            return new DiagnosticFlow.Done(
                                    "updated",
                                    flow.text().text("schema.audit.updated", checked.title()),
                                    flow.text().changes(before, checked, "schema.field."));
                        })
                .version();
    }

    /** Moves a row to planned, in progress or abandoned (then with its reason). */
    @Transactional
    public int move(UUID conventionId, UUID actionId, int expectedVersion, ActionStatus status, String reason) {
        return flow.change(
                        conventionId,
                        expectedVersion,
                        ENTITY,
                        row(conventionId, actionId, null),
                        (action, convention) -> {
                            AuditText t = flow.text();
                            ActionStatus before = action.status();
                            String reasonBefore = action.statusReason();
                            action.moveTo(status, reason);
                            List<AuditChange> changes = new ArrayList<>(List.of(
                                    new AuditChange(t.text("schema.status.label"), t.value(before), t.value(status))));
                            if (!Objects.equals(reasonBefore, action.statusReason())) {
                                changes.add(new AuditChange(
                                        t.text("schema.audit.field.reason"), reasonBefore, action.statusReason()));
                            }
                            String summary = action.statusReason() == null
                                    ? t.text(
                                            "schema.audit.status-changed",
                                            action.data().title(),
                                            t.value(status))
                                    : t.text(
                                            "schema.audit.status-changed.reason",
                                            action.data().title(),
                                            t.value(status),
                                            action.statusReason());
                            return new DiagnosticFlow.Done("status-changed", summary, changes);
                        })
                .version();
    }

    /** What a realisation did: the row's new version and, when the register was updated, the capacity recorded. */
    public record Realisation(int version, CapacityRecorded capacity) {}

    /**
     * Realises a row on {@code on}. When it is linked to an entry of the register and its capacity after is known, that
     * capacity is recorded in the entry's history from {@code on}.
     */
    @Transactional
    public Realisation realise(UUID conventionId, UUID actionId, int expectedVersion, LocalDate on) {
        CapacityRecorded[] recorded = {null};
        int version = flow.change(
                        conventionId,
                        expectedVersion,
                        ENTITY,
                        row(conventionId, actionId, null),
                        (action, convention) -> {
                            AuditText t = flow.text();
                            ActionStatus was = action.status();
                            action.realise(on, flow.today());
                            ActionData data = action.data();
                            BigDecimal after = data.capacityAfter();
                            if (after == null && data.capacityAdded() != null && data.equipmentId() != null) {
                                after = register.find(data.equipmentId())
                                        .map(EquipmentView::currentCapacity)
                                        .filter(c -> c.unit() == data.unit())
                                        .map(c -> c.value().add(data.capacityAdded()))
                                        .orElse(null);
                            }
                            if (data.equipmentId() != null && after != null) {
                                recorded[0] = register.recordCapacity(
                                        data.equipmentId(),
                                        on,
                                        after,
                                        data.unit(),
                                        t.text("schema.audit.capacity.source", convention.title(), data.title(), on));
                            }
                            String summary = recorded[0] == null
                                    ? t.text("schema.audit.realised", data.title(), on)
                                    : t.text(
                                            "schema.audit.realised.capacity",
                                            data.title(),
                                            on,
                                            t.value(after),
                                            t.value(data.unit()));
                            return new DiagnosticFlow.Done(
                                    "realised",
                                    summary,
                                    List.of(
                                            new AuditChange(
                                                    t.text("schema.status.label"),
                                                    t.value(was),
                                                    t.value(ActionStatus.REALISED)),
                                            new AuditChange(t.text("schema.realise.on"), null, t.value(on))));
                        })
                .version();
        return new Realisation(version, recorded[0]);
    }

    /** The stored row {@code actionId}, or a new row planned from {@code data} when {@code actionId} is null. */
    private DiagnosticFlow.Store<SchemaAction> row(UUID conventionId, UUID actionId, ActionData data) {
        return new DiagnosticFlow.Store<>() {
            @Override
            public Optional<DiagnosticRepository.Stored<SchemaAction>> load() {
                return actionId == null ? Optional.empty() : repository.action(conventionId, actionId);
            }

            @Override
            public SchemaAction absent(ConventionSummary convention) {
                if (actionId != null) throw actionNotFound(actionId);
                return SchemaAction.plan(
                        conventionId, repository.nextPosition(conventionId), checked(convention, data));
            }

            @Override
            public int save(SchemaAction value, Integer expectedVersion, String actor) {
                return repository.save(value, expectedVersion, actor);
            }

            @Override
            public String id(SchemaAction value) {
                return value.id().toString();
            }
        };
    }

    private ActionData checked(ConventionSummary convention, ActionData data) {
        ActionData checked = data.checked(convention.communes());
        if (checked.equipmentId() != null) {
            EquipmentView entry = register.find(checked.equipmentId()).orElse(null);
            if (entry == null || !convention.communes().contains(entry.communeCode())) {
                throw DomainException.invalidFields(
                        List.of(FieldProblem.of("equipmentId", "SCHEMA_EQUIPMENT_NOT_FOUND")));
            }
        }
        return checked;
    }

    static DomainException actionNotFound(UUID actionId) {
        return DomainException.notFound("SCHEMA_ACTION_NOT_FOUND", actionId);
    }
}
