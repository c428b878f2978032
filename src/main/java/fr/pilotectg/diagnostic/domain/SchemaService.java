package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.equipment.CapacityRecorded;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
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
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schéma de développement use cases: plan, revise, move and realise a row. Realising a row linked to an entry of the
 * register with a known capacity after writes that capacity in the register's history (through
 * {@link EquipmentRegister#recordCapacity}), in the same transaction, so the diagnostic's taux de couverture follows.
 */
@Service
public class SchemaService {

    static final String ENTITY = "schema-action";

    private final DiagnosticRepository repository;
    private final DiagnosticService diagnostics;
    private final Conventions conventions;
    private final Territories territories;
    private final EquipmentRegister register;
    private final AccessControl access;
    private final AuditTrail audit;

    SchemaService(DiagnosticRepository repository, DiagnosticService diagnostics, Conventions conventions, Territories territories,
            EquipmentRegister register, AccessControl access, AuditTrail audit) {
        this.repository = repository;
        this.diagnostics = diagnostics;
        this.conventions = conventions;
        this.territories = territories;
        this.register = register;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SchemaOverview overview(UUID conventionId) {
        ConventionSummary convention = diagnostics.visibleConvention(conventionId);
        Map<String, String> communeNames = territories.communes(convention.communes()).stream()
                .collect(Collectors.toMap(CommuneView::inseeCode, CommuneView::name, (a, b) -> a));
        Map<UUID, String> equipmentNames = new HashMap<>();
        register.entriesOf(convention.communes()).forEach(e -> equipmentNames.put(e.id(), e.name()));
        List<SchemaOverview.Row> rows = repository.actionsOf(conventionId).stream()
                .map(s -> new SchemaOverview.Row(s.value(), s.version(), equipmentNames.get(s.value().data().equipmentId()),
                        communeNames.getOrDefault(s.value().data().communeCode(), s.value().data().communeCode())))
                .toList();
        DiagnosticReport report = diagnostics.report(conventionId);
        Figure children = report.childcare().childrenUnder3();
        BigDecimal childrenValue = children == null ? null : children.value();
        TreeMap<Integer, BigDecimal[]> byYear = new TreeMap<>();
        for (int y = convention.start().getYear(); y <= convention.end().getYear(); y++) byYear.put(y, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO;
        for (SchemaOverview.Row row : rows) {
            SchemaAction a = row.action();
            BigDecimal delta = a.data().delta();
            if (delta == null || !a.data().countsForChildcare() || a.status() == ActionStatus.ABANDONED) continue;
            PlannedDate start = a.data().start();
            if (start != null && start.year() != null) {
                byYear.computeIfAbsent(start.year(), y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] =
                        byYear.get(start.year())[0].add(delta);
                planned = planned.add(delta);
            }
            if (a.status() == ActionStatus.REALISED && a.realisedOn() != null) {
                int y = a.realisedOn().getYear();
                byYear.computeIfAbsent(y, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1] = byYear.get(y)[1].add(delta);
                realised = realised.add(delta);
            }
        }
        List<SchemaOverview.YearLine> years = new ArrayList<>();
        byYear.forEach((year, v) -> years.add(new SchemaOverview.YearLine(year, v[0], v[1], Rates.coverageEffect(v[0], childrenValue),
                Rates.coverageEffect(v[1], childrenValue))));
        return new SchemaOverview(convention, conventions.canWrite(convention), diagnostics.today(), rows, years,
                report.childcare().places(), children, report.childcare().coverageRate(), planned, realised);
    }

    @Transactional(readOnly = true)
    public DiagnosticRepository.Stored<SchemaAction> get(UUID conventionId, UUID actionId) {
        diagnostics.visibleConvention(conventionId);
        return repository.action(conventionId, actionId).orElseThrow(() -> actionNotFound(actionId));
    }

    /** Plans a new row; returns it. */
    @Transactional
    public UUID plan(UUID conventionId, ActionData data) {
        ConventionSummary convention = writable(conventionId);
        ActionData checked = checked(convention, data);
        SchemaAction action = SchemaAction.plan(conventionId, repository.nextPosition(conventionId), checked);
        repository.save(action, null, DiagnosticService.actor());
        audit(action, "created", "Action du schéma « " + checked.title() + " » prévue", AuditChange.between(null, checked), convention);
        return action.id();
    }

    @Transactional
    public int revise(UUID conventionId, UUID actionId, int expectedVersion, ActionData data) {
        ConventionSummary convention = writable(conventionId);
        var stored = repository.action(conventionId, actionId).orElseThrow(() -> actionNotFound(actionId));
        ActionData before = stored.value().data();
        ActionData checked = checked(convention, data);
        stored.value().revise(checked);
        int version = repository.save(stored.value(), expectedVersion, DiagnosticService.actor());
        audit(stored.value(), "updated", "Action du schéma « " + checked.title() + " » modifiée", AuditChange.between(before, checked),
                convention);
        return version;
    }

    /** Moves a row to planned, in progress or abandoned (then with its reason). */
    @Transactional
    public int move(UUID conventionId, UUID actionId, int expectedVersion, ActionStatus status, String reason) {
        ConventionSummary convention = writable(conventionId);
        var stored = repository.action(conventionId, actionId).orElseThrow(() -> actionNotFound(actionId));
        ActionStatus before = stored.value().status();
        String reasonBefore = stored.value().statusReason();
        stored.value().moveTo(status, reason);
        int version = repository.save(stored.value(), expectedVersion, DiagnosticService.actor());
        List<AuditChange> changes = new java.util.ArrayList<>(List.of(new AuditChange("status", before.name(), status.name())));
        if (!java.util.Objects.equals(reasonBefore, stored.value().statusReason())) {
            changes.add(new AuditChange("statusReason", reasonBefore, stored.value().statusReason()));
        }
        audit(stored.value(), "status-changed", "Action du schéma « " + stored.value().data().title() + " » : " + status
                + (stored.value().statusReason() == null ? "" : " (" + stored.value().statusReason() + ")"), changes, convention);
        return version;
    }

    /** What a realisation did: the row's new version and, when the register was updated, the capacity recorded. */
    public record Realisation(int version, CapacityRecorded capacity) {}

    /**
     * Realises a row on {@code on}. When it is linked to an entry of the register and its capacity after is known, that
     * capacity is recorded in the entry's history from {@code on}.
     */
    @Transactional
    public Realisation realise(UUID conventionId, UUID actionId, int expectedVersion, LocalDate on) {
        ConventionSummary convention = writable(conventionId);
        var stored = repository.action(conventionId, actionId).orElseThrow(() -> actionNotFound(actionId));
        SchemaAction action = stored.value();
        ActionStatus was = action.status();
        action.realise(on, diagnostics.today());
        int version = repository.save(action, expectedVersion, DiagnosticService.actor());
        CapacityRecorded recorded = null;
        ActionData data = action.data();
        BigDecimal after = data.capacityAfter();
        if (after == null && data.capacityAdded() != null && data.equipmentId() != null) {
            after = register.find(data.equipmentId()).map(EquipmentView::currentCapacity).filter(c -> c.unit() == data.unit())
                    .map(c -> c.value().add(data.capacityAdded())).orElse(null);
        }
        if (data.equipmentId() != null && after != null) {
            recorded = register.recordCapacity(data.equipmentId(), on, after, data.unit(),
                    "Schéma de développement (" + convention.title() + ") : " + data.title() + ", réalisé le " + on);
        }
        audit(action, "realised", "Action du schéma « " + data.title() + " » réalisée le " + on
                + (recorded == null ? "" : " ; capacité au registre : " + after.toPlainString()),
                List.of(new AuditChange("status", was.name(), ActionStatus.REALISED.name()),
                        new AuditChange("realisedOn", null, on.toString())), convention);
        return new Realisation(version, recorded);
    }

    /** Loads a start-up row (demo data) with no user signed in. */
    @Transactional
    public void loadAsSystem(SchemaAction action) {
        repository.save(action, null, "system");
    }

    public boolean hasActions(UUID conventionId) {
        return repository.hasActions(conventionId);
    }

    private ActionData checked(ConventionSummary convention, ActionData data) {
        ActionData checked = data.checked(convention.communes());
        if (checked.equipmentId() != null) {
            EquipmentView entry = register.find(checked.equipmentId()).orElse(null);
            if (entry == null || !convention.communes().contains(entry.communeCode())) {
                throw DomainException.invalidFields(List.of(FieldProblem.of("equipmentId", "SCHEMA_EQUIPMENT_NOT_FOUND")));
            }
        }
        return checked;
    }

    private ConventionSummary writable(UUID conventionId) {
        return conventions.writable(conventionId, () -> DiagnosticService.notFound(conventionId));
    }

    private void audit(SchemaAction action, String verb, String summary, List<AuditChange> changes, ConventionSummary convention) {
        Footprint footprint = convention.footprint();
        audit.record(new AuditRecord(ENTITY, action.id().toString(), verb, summary, changes, footprint));
    }

    static DomainException actionNotFound(UUID actionId) {
        return DomainException.notFound("SCHEMA_ACTION_NOT_FOUND", actionId);
    }
}
