package fr.pilotectg.equipment.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.equipment.CapacityRecorded;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.CapacityView;
import fr.pilotectg.equipment.EquipmentTally;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.equipment.QpvOrigin;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.CommuneKind;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on the register, each checked by the access mechanism and written to the audit trail in its transaction. */
@Service
public class EquipmentService {

    static final String AUDIT_TYPE = "equipment";

    private final EquipmentRepository repository;
    private final EquipmentQueries queries;
    private final Territories territories;
    private final Directory directory;
    private final QpvLocator qpvs;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    EquipmentService(EquipmentRepository repository, EquipmentQueries queries, Territories territories, Directory directory,
            QpvLocator qpvs, AccessControl access, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.territories = territories;
        this.directory = directory;
        this.qpvs = qpvs;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public PageResult<EquipmentView> search(EquipmentFilter filter, PageQuery page) {
        return queries.search(access.currentReach(), filter, today(), page);
    }

    @Transactional(readOnly = true)
    public List<EquipmentTally> tallies(EquipmentFilter filter) {
        return queries.tallies(access.currentReach(), filter, today());
    }

    @Transactional(readOnly = true)
    public List<EquipmentQueries.MapPoint> points(EquipmentFilter filter) {
        return queries.points(access.currentReach(), filter, today());
    }

    @Transactional(readOnly = true)
    public void forEach(EquipmentFilter filter, java.util.function.Consumer<EquipmentView> consumer) {
        queries.forEach(access.currentReach(), filter, today(), consumer);
    }

    /** The QPV outlines of the reference data (départements 59 and 62), for the map. */
    public List<fr.pilotectg.territory.QpvOutline> qpvOutlines() {
        return qpvs.outlines();
    }

    /** The organisations of the directory the user may choose as gestionnaire (the first {@code limit}, by kind and name). */
    @Transactional(readOnly = true)
    public List<OrganisationView> operatorChoices(int limit) {
        return directory.visibleOrganisations(access.currentReach(), PageQuery.first(Math.min(limit, PageQuery.MAX_SIZE))).content();
    }

    /** The entry, if the current user may see it; otherwise "not found". */
    @Transactional(readOnly = true)
    public EquipmentView get(UUID id) {
        Equipment equipment = load(id);
        access.requireRead(footprintOf(equipment), () -> notFound(id));
        return view(equipment);
    }

    /** The capacity history, oldest first. */
    @Transactional(readOnly = true)
    public List<CapacityView> capacities(UUID id) {
        Equipment equipment = load(id);
        access.requireRead(footprintOf(equipment), () -> notFound(id));
        return equipment.capacities().stream().map(Capacity::view).toList();
    }

    @Transactional(readOnly = true)
    public boolean canEdit(EquipmentView view) {
        return access.canWrite(footprint(view.operator().organisationId(), view.communeCode()));
    }

    /** Whether the current user may add entries in this commune. */
    public boolean canWriteIn(String communeCode) {
        return InseeCode.isWellFormed(communeCode) && access.canWrite(Footprint.of(List.of(), List.of(communeCode), List.of()));
    }

    @Transactional
    public EquipmentView create(EquipmentData data) {
        Equipment equipment = build(data);
        if (!canWriteIn(equipment.communeCode())) throw AccessControl.denied();
        if (repository.existsWithMatchKey(equipment.matchKey(), equipment.id())) {
            throw DomainException.conflict("EQUIPMENT_DUPLICATE", equipment.name());
        }
        repository.save(equipment);
        Equipment saved = load(equipment.id());
        audit.record(new AuditRecord(AUDIT_TYPE, saved.id().toString(), "created", "Équipement « " + saved.name() + " » créé",
                AuditChange.between(null, Snapshot.of(saved)), footprintOf(saved)));
        return view(saved);
    }

    /**
     * Builds a new entry from what a form or an import line says, checking the commune, the gestionnaire organisation
     * and the QPV, and locating it when coordinates are given. No access check: the caller does it.
     */
    Equipment build(EquipmentData data) {
        List<FieldProblem> problems = new ArrayList<>();
        CommuneView commune = commune(data.communeCode(), problems);
        Operator operator = operator(data, problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return assemble(data, commune, operator, this::qpvExists);
    }

    /** A new entry from checked parts (no database access: the import calls this for every line). */
    Equipment assemble(EquipmentData data, CommuneView commune, Operator operator, Predicate<String> qpvExists) {
        Equipment equipment = Equipment.register(data.type(), data.name(), operator, commune.inseeCode(), data.addresses(), data.quartier());
        apply(equipment, data, commune, qpvExists);
        if (data.capacity() != null && data.capacity().value() != null) {
            equipment.recordCapacity(capacity(data.capacity(), data.type(), today()));
        }
        return equipment;
    }

    boolean qpvExists(String code) {
        return territories.findQpv(code).isPresent();
    }

    /** Corrects an entry; a stale {@code expectedVersion} is a concurrent modification. */
    @Transactional
    public EquipmentView update(UUID id, int expectedVersion, EquipmentData data) {
        Equipment equipment = load(id);
        Footprint before = footprintOf(equipment);
        access.requireWrite(before, () -> notFound(id));
        checkVersion(equipment, expectedVersion);
        Snapshot was = Snapshot.of(equipment);
        List<FieldProblem> problems = new ArrayList<>();
        CommuneView commune = commune(data.communeCode(), problems);
        Operator operator = operator(data, problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        if (!commune.inseeCode().equals(equipment.communeCode()) && !canWriteIn(commune.inseeCode())) throw AccessControl.denied();
        equipment.describe(data.type(), data.name(), operator);
        equipment.relocate(commune.inseeCode(), data.addresses(), data.quartier());
        apply(equipment, data, commune, this::qpvExists);
        if (repository.existsWithMatchKey(equipment.matchKey(), equipment.id())) {
            throw DomainException.conflict("EQUIPMENT_DUPLICATE", equipment.name());
        }
        repository.save(equipment);
        Equipment after = load(id);
        auditUpdate(was, after, "updated", "Équipement « " + after.name() + " » modifié");
        return view(after);
    }

    /** Writes a capacity in the entry's history (the schéma de développement calls this too). */
    @Transactional
    public CapacityRecorded recordCapacity(UUID id, Integer expectedVersion, EquipmentData.CapacityInput input) {
        return recordCapacity(id, expectedVersion, input, true);
    }

    /** The same for a start-up task (demo data), with no user signed in. */
    @Transactional
    CapacityRecorded recordCapacityAsSystem(UUID id, EquipmentData.CapacityInput input) {
        return recordCapacity(id, null, input, false);
    }

    private CapacityRecorded recordCapacity(UUID id, Integer expectedVersion, EquipmentData.CapacityInput input, boolean checkAccess) {
        Equipment equipment = load(id);
        if (checkAccess) access.requireWrite(footprintOf(equipment), () -> notFound(id));
        if (expectedVersion != null) checkVersion(equipment, expectedVersion);
        Capacity capacity = capacity(input, equipment.type(), today());
        List<String> warnings = equipment.recordCapacity(capacity);
        repository.save(equipment);
        Equipment after = load(id);
        audit.record(new AuditRecord(AUDIT_TYPE, id.toString(), "capacity-recorded",
                "Capacité de « " + after.name() + " » au " + capacity.effectiveOn() + " : " + capacity.value().toPlainString() + " "
                        + capacity.unit().name().toLowerCase(java.util.Locale.ROOT),
                List.of(new AuditChange("capacity[" + capacity.effectiveOn() + "]", null,
                        capacity.value().toPlainString() + " " + capacity.unit())), footprintOf(after)));
        return new CapacityRecorded(id, capacity.view(), warnings, after.version());
    }

    /** Closes the entry on a date. */
    @Transactional
    public EquipmentView close(UUID id, int expectedVersion, LocalDate on) {
        Equipment equipment = load(id);
        access.requireWrite(footprintOf(equipment), () -> notFound(id));
        checkVersion(equipment, expectedVersion);
        Snapshot was = Snapshot.of(equipment);
        equipment.close(on == null ? today() : on);
        repository.save(equipment);
        Equipment after = load(id);
        auditUpdate(was, after, "closed", "Équipement « " + after.name() + " » fermé");
        return view(after);
    }

    void auditUpdate(Snapshot was, Equipment after, String action, String summary) {
        List<AuditChange> changes = AuditChange.between(was, Snapshot.of(after));
        audit.record(new AuditRecord(AUDIT_TYPE, after.id().toString(), action, summary, changes, footprintOf(after)));
    }

    /** Sets dates, coordinates and QPV, support and remarks from the data. */
    void apply(Equipment equipment, EquipmentData data, CommuneView commune, Predicate<String> qpvExists) {
        equipment.schedule(data.openedOn(), data.closedOn());
        equipment.support(data.supportedByCollectivite());
        equipment.remark(data.remarks());
        GeoPoint point = GeoPoint.ofNullable(data.latitude(), data.longitude());
        String qpv = data.qpv() == null ? "" : data.qpv().trim();
        if (point == null) {
            equipment.unlocate();
            declareQpv(equipment, qpv, qpvExists);
        } else {
            QpvLocator.Location location = qpvs.locate(point, commune.departementCode());
            if (location.checked()) {
                equipment.locate(point, location.qpvCode());
            } else {
                equipment.locateWithoutQpv(point);
                declareQpv(equipment, qpv, qpvExists);
            }
        }
    }

    private static void declareQpv(Equipment equipment, String qpv, Predicate<String> qpvExists) {
        if (qpv.isEmpty()) {
            equipment.declareQpv(null, false);
        } else if (EquipmentData.OUTSIDE_QPV.equalsIgnoreCase(qpv)) {
            equipment.declareQpv(null, true);
        } else {
            String code = qpv.toUpperCase(java.util.Locale.ROOT);
            if (!qpvExists.test(code)) {
                throw DomainException.invalidFields(List.of(FieldProblem.of("qpv", "QPV_NOT_FOUND", qpv)));
            }
            equipment.declareQpv(code, true);
        }
    }

    CommuneView commune(String code, List<FieldProblem> problems) {
        String clean = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (clean.isEmpty()) {
            problems.add(FieldProblem.of("communeCode", "REQUIRED"));
            return null;
        }
        Optional<CommuneView> commune = territories.findCommune(clean).filter(c -> c.kind() != CommuneKind.ARRONDISSEMENT_MUNICIPAL);
        if (commune.isEmpty()) problems.add(FieldProblem.of("communeCode", "COMMUNE_NOT_FOUND", clean));
        return commune.orElse(null);
    }

    Operator operator(EquipmentData data, List<FieldProblem> problems) {
        if (data.operatorOrganisationId() == null) return new Operator(null, data.operatorName(), data.operatorCategory());
        Optional<OrganisationView> organisation = directory.findOrganisation(data.operatorOrganisationId())
                .filter(o -> access.canRead(Directory.footprintOf(o)));
        if (organisation.isEmpty()) {
            problems.add(FieldProblem.of("operatorOrganisationId", "ORGANISATION_NOT_FOUND"));
            return Operator.none();
        }
        String name = data.operatorName() == null || data.operatorName().isBlank() ? organisation.get().name() : data.operatorName();
        return new Operator(organisation.get().id(), name, data.operatorCategory());
    }

    static Capacity capacity(EquipmentData.CapacityInput input, fr.pilotectg.equipment.EquipmentType type, LocalDate today) {
        CapacityUnit unit = input.unit() != null ? input.unit() : type == null ? CapacityUnit.PLACES : type.defaultUnit();
        return new Capacity(input.effectiveOn() == null ? today : input.effectiveOn(), input.value(), unit, input.source());
    }

    private static void checkVersion(Equipment equipment, int expectedVersion) {
        if (equipment.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("equipment " + equipment.id() + " is at version " + equipment.version());
        }
    }

    Equipment load(UUID id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    EquipmentView view(Equipment equipment) {
        return queries.view(equipment, equipment.capacityOn(today()).map(Capacity::view).orElse(null));
    }

    public static Footprint footprintOf(Equipment equipment) {
        return footprint(equipment.operator().organisationId(), equipment.communeCode());
    }

    /** An entry is in reach of its commune and of its gestionnaire organisation. */
    private static Footprint footprint(UUID operatorOrganisation, String communeCode) {
        return Footprint.of(operatorOrganisation == null ? List.of() : List.of(operatorOrganisation), List.of(communeCode), List.of());
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("EQUIPMENT_NOT_FOUND", id);
    }

    /** What the audit trail compares: every field a person reads, as text. */
    public record Snapshot(String type, String name, String operator, String operatorOrganisation, String operatorCategory, String addresses,
            String commune, String quartier, String latitude, String longitude, String qpv, String qpvOrigin, String openedOn,
            String closedOn, boolean supportedByCollectivite, String remarks) {

        static Snapshot of(Equipment e) {
            return new Snapshot(e.type().name(), e.name(), e.operator().name(), str(e.operator().organisationId()),
                    str(e.operator().category()), e.addresses().stream().map(a -> a.view().oneLine()).collect(Collectors.joining(" | ")),
                    e.communeCode(), e.quartier(), str(e.latitude()), str(e.longitude()), e.qpvCode(),
                    e.qpvOrigin() == QpvOrigin.UNKNOWN ? null : e.qpvOrigin().name(), str(e.openedOn()), str(e.closedOn()),
                    e.supportedByCollectivite(), e.remarks());
        }

        private static String str(Object value) {
            return value == null ? null : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        }
    }
}
