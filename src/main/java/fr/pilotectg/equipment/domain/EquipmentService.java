package fr.pilotectg.equipment.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.equipment.QpvOrigin;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.territory.CommuneKind;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Qpvs;
import fr.pilotectg.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the register's use cases ({@link RegisterReads}, {@link EntryEditing}) and the import share about one entry:
 * building it from what a form or an import line says (commune, gestionnaire, QPV, capacity), loading it, its view,
 * its footprint for the access mechanism and the snapshot the audit trail compares. No access check here: the callers
 * do it.
 */
@Component
public class EquipmentService {

    static final String AUDIT_TYPE = "equipment";

    private final EquipmentRepository repository;
    private final EquipmentQueries queries;
    private final Territories territories;
    private final Qpvs referenceQpvs;
    private final Directory directory;
    private final QpvLocator qpvs;
    private final AccessControl access;
    private final Clock clock;

    EquipmentService(
            EquipmentRepository repository,
            EquipmentQueries queries,
            Territories territories,
            Qpvs referenceQpvs,
            Directory directory,
            QpvLocator qpvs,
            AccessControl access,
            Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.territories = territories;
        this.referenceQpvs = referenceQpvs;
        this.directory = directory;
        this.qpvs = qpvs;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
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
        Equipment equipment = Equipment.register(
                data.type(), data.name(), operator, commune.inseeCode(), data.addresses(), data.quartier());
        apply(equipment, data, commune, qpvExists);
        if (data.capacity() != null && data.capacity().value() != null) {
            equipment.recordCapacity(capacity(data.capacity(), data.type(), today()));
        }
        return equipment;
    }

    boolean qpvExists(String code) {
        return referenceQpvs.find(code).isPresent();
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
        Optional<CommuneView> commune =
                territories.findCommune(clean).filter(c -> c.kind() != CommuneKind.ARRONDISSEMENT_MUNICIPAL);
        if (commune.isEmpty()) problems.add(FieldProblem.of("communeCode", "COMMUNE_NOT_FOUND", clean));
        return commune.orElse(null);
    }

    Operator operator(EquipmentData data, List<FieldProblem> problems) {
        if (data.operatorOrganisationId() == null)
            return new Operator(null, data.operatorName(), data.operatorCategory());
        Optional<OrganisationView> organisation = directory
                .findOrganisation(data.operatorOrganisationId())
                .filter(o -> access.canRead(Directory.footprintOf(o)));
        if (organisation.isEmpty()) {
            problems.add(FieldProblem.of("operatorOrganisationId", "ORGANISATION_NOT_FOUND"));
            return Operator.none();
        }
        String name = data.operatorName() == null || data.operatorName().isBlank()
                ? organisation.get().name()
                : data.operatorName();
        return new Operator(organisation.get().id(), name, data.operatorCategory());
    }

    static Capacity capacity(
            EquipmentData.CapacityInput input, fr.pilotectg.equipment.EquipmentType type, LocalDate today) {
        CapacityUnit unit =
                input.unit() != null ? input.unit() : type == null ? CapacityUnit.PLACES : type.defaultUnit();
        LocalDate effectiveOn = input.effectiveOn() == null ? today : input.effectiveOn();
        // The shared limits of what is typed (a stored capacity is read back as it is).
        InputLimits limits =
                InputLimits.check().date("effectiveOn", effectiveOn).name("source", input.source());
        // a negative capacity has its own message (Capacity)
        if (unit == CapacityUnit.PLACES
                && input.value() != null
                && input.value().signum() >= 0) limits.places("value", input.value());
        limits.throwIfAny();
        return new Capacity(effectiveOn, input.value(), unit, input.source());
    }

    /** Whether the current user may add entries in this commune (a well-formed code within their reach). */
    public boolean canWriteIn(String communeCode) {
        return InseeCode.isWellFormed(communeCode) && access.canWrite(Footprint.ofCommune(communeCode));
    }

    Equipment load(UUID id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    EquipmentView view(Equipment equipment) {
        return queries.view(
                equipment, equipment.capacityOn(today()).map(Capacity::view).orElse(null));
    }

    public static Footprint footprintOf(Equipment equipment) {
        return footprint(equipment.operator().organisationId(), equipment.communeCode());
    }

    /** An entry is in reach of its commune and of its gestionnaire organisation. */
    private static Footprint footprint(UUID operatorOrganisation, String communeCode) {
        return Footprint.of(
                operatorOrganisation == null ? List.of() : List.of(operatorOrganisation),
                List.of(communeCode),
                List.of());
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("EQUIPMENT_NOT_FOUND", id);
    }

    /** What the audit trail compares: every field a person reads, as text. */
    public record Snapshot(
            String type,
            String name,
            String operator,
            String operatorOrganisation,
            String operatorCategory,
            String addresses,
            String commune,
            String quartier,
            String latitude,
            String longitude,
            String qpv,
            String qpvOrigin,
            String openedOn,
            String closedOn,
            boolean supportedByCollectivite,
            String remarks) {

        static Snapshot of(Equipment e) {
            return new Snapshot(
                    e.type().name(),
                    e.name(),
                    e.operator().name(),
                    str(e.operator().organisationId()),
                    str(e.operator().category()),
                    e.addresses().stream().map(a -> a.view().oneLine()).collect(Collectors.joining(" | ")),
                    e.communeCode(),
                    e.quartier(),
                    str(e.latitude()),
                    str(e.longitude()),
                    e.qpvCode(),
                    e.qpvOrigin() == QpvOrigin.UNKNOWN ? null : e.qpvOrigin().name(),
                    str(e.openedOn()),
                    str(e.closedOn()),
                    e.supportedByCollectivite(),
                    e.remarks());
        }

        private static String str(Object value) {
            return value == null
                    ? null
                    : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        }
    }
}
