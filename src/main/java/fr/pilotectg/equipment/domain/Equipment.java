package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.QpvOrigin;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.SearchText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An entry of the register: what it is, who runs it, where it is (commune, addresses, coordinates, QPV), when it is open
 * and its dated capacity history. Changes go through business verbs; the repository checks the version on save.
 */
public final class Equipment {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 2000;

    private final UUID id;
    private EquipmentType type;
    private String name;
    private Operator operator;
    private List<Address> addresses;
    private String communeCode;
    private String quartier;
    private GeoPoint location;
    private String qpvCode;
    private QpvOrigin qpvOrigin;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private boolean supportedByCollectivite;
    private String remarks;
    private final List<Capacity> capacities;
    private final int version;
    /** Derived texts, computed once and forgotten when what they derive from changes. */
    private String matchKey;

    private String searchText;

    private Equipment(UUID id, int version) {
        this.id = id;
        this.version = version;
        this.capacities = new ArrayList<>();
        this.addresses = List.of();
        this.operator = Operator.none();
        this.qpvOrigin = QpvOrigin.UNKNOWN;
    }

    /** A new entry; the caller has checked that the commune exists and resolved the QPV of the location. */
    public static Equipment register(
            EquipmentType type,
            String name,
            Operator operator,
            String communeCode,
            List<Address> addresses,
            String quartier) {
        Equipment equipment = new Equipment(UUID.randomUUID(), 0);
        equipment.describe(type, name, operator);
        equipment.relocate(communeCode, addresses, quartier);
        return equipment;
    }

    static Equipment restore(
            UUID id,
            EquipmentType type,
            String name,
            Operator operator,
            List<Address> addresses,
            String communeCode,
            String quartier,
            GeoPoint location,
            String qpvCode,
            QpvOrigin qpvOrigin,
            LocalDate openedOn,
            LocalDate closedOn,
            boolean supported,
            String remarks,
            List<Capacity> capacities,
            int version) {
        Equipment e = new Equipment(id, version);
        e.type = type;
        e.name = name;
        e.operator = operator;
        e.addresses = List.copyOf(addresses);
        e.communeCode = communeCode;
        e.quartier = quartier;
        e.location = location;
        e.qpvCode = qpvCode;
        e.qpvOrigin = qpvOrigin;
        e.openedOn = openedOn;
        e.closedOn = closedOn;
        e.supportedByCollectivite = supported;
        e.remarks = remarks;
        e.capacities.addAll(capacities);
        e.capacities.sort(Comparator.comparing(Capacity::effectiveOn));
        return e;
    }

    /** Says what the entry is and who runs it. */
    public void describe(EquipmentType type, String name, Operator operator) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) problems.add(FieldProblem.of("type", "REQUIRED"));
        String cleanName = name == null ? "" : SearchText.collapseSpaces(name);
        if (cleanName.isEmpty()) problems.add(FieldProblem.of("name", "REQUIRED"));
        else if (cleanName.length() > NAME_MAX) problems.add(FieldProblem.of("name", "TOO_LONG", NAME_MAX));
        Operator op = operator == null ? Operator.none() : operator;
        if (op.name() != null && op.name().length() > NAME_MAX)
            problems.add(FieldProblem.of("operatorName", "TOO_LONG", NAME_MAX));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        this.type = type;
        this.name = cleanName;
        this.operator = op;
        this.matchKey = null;
        this.searchText = null;
    }

    /** Moves the entry (or corrects where it is): commune, sites, quartier. Coordinates are set by {@link #locate}. */
    public void relocate(String communeCode, List<Address> addresses, String quartier) {
        List<FieldProblem> problems = new ArrayList<>();
        if (communeCode == null || communeCode.isBlank()) problems.add(FieldProblem.of("communeCode", "REQUIRED"));
        else if (!InseeCode.isWellFormed(communeCode))
            problems.add(FieldProblem.of("communeCode", "INSEE_CODE_MALFORMED", communeCode));
        List<Address> sites = addresses == null
                ? List.of()
                : addresses.stream().filter(a -> a != null && !a.blank()).toList();
        if (sites.size() > 10) problems.add(FieldProblem.of("addresses", "TOO_MANY_ADDRESSES", 10));
        String cleanQuartier = quartier == null || quartier.isBlank() ? null : quartier.trim();
        if (cleanQuartier != null && cleanQuartier.length() > NAME_MAX)
            problems.add(FieldProblem.of("quartier", "TOO_LONG", NAME_MAX));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        this.communeCode = communeCode;
        this.addresses = List.copyOf(sites);
        this.quartier = cleanQuartier;
        this.matchKey = null;
        this.searchText = null;
    }

    /**
     * Places the entry at a point whose QPV was computed (point in the 2024 polygons): {@code qpvCode} null means
     * outside every QPV.
     */
    public void locate(GeoPoint point, String computedQpvCode) {
        if (point == null) throw new IllegalArgumentException("point");
        this.location = point;
        this.qpvCode = computedQpvCode;
        this.qpvOrigin = QpvOrigin.COMPUTED;
    }

    /** Keeps coordinates that could not be checked against polygons (none loaded for the département): QPV stays as declared. */
    public void locateWithoutQpv(GeoPoint point) {
        this.location = point;
        if (qpvOrigin == QpvOrigin.COMPUTED) {
            this.qpvOrigin = QpvOrigin.UNKNOWN;
            this.qpvCode = null;
        }
    }

    /** Forgets the coordinates; a computed QPV becomes unknown. */
    public void unlocate() {
        this.location = null;
        if (qpvOrigin == QpvOrigin.COMPUTED) {
            this.qpvOrigin = QpvOrigin.UNKNOWN;
            this.qpvCode = null;
        }
    }

    /**
     * Sets the QPV by hand ("saisi manuellement") when the entry cannot be located: {@code qpvCode} null and
     * {@code known} true mean "outside every QPV"; {@code known} false forgets it.
     */
    public void declareQpv(String qpvCode, boolean known) {
        if (location != null && qpvOrigin == QpvOrigin.COMPUTED) return;
        this.qpvCode = known ? qpvCode : null;
        this.qpvOrigin = known ? QpvOrigin.MANUAL : QpvOrigin.UNKNOWN;
    }

    /** Sets the opening and closing dates (either may be unknown). */
    public void schedule(LocalDate openedOn, LocalDate closedOn) {
        InputLimits.check()
                .date("openedOn", openedOn)
                .date("closedOn", closedOn)
                .throwIfAny();
        if (openedOn != null && closedOn != null && closedOn.isBefore(openedOn)) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("closedOn", "CLOSED_BEFORE_OPENED")));
        }
        this.openedOn = openedOn;
        this.closedOn = closedOn;
    }

    /** Closes the entry on a date; it stays in the register, shown as closed. */
    public void close(LocalDate on) {
        if (on == null) throw DomainException.invalidFields(List.of(FieldProblem.of("closedOn", "REQUIRED")));
        if (closedOn != null) throw DomainException.rule("EQUIPMENT_ALREADY_CLOSED", closedOn);
        schedule(openedOn, on);
    }

    public void reopen() {
        this.closedOn = null;
    }

    public void support(boolean supportedByCollectivite) {
        this.supportedByCollectivite = supportedByCollectivite;
    }

    public void remark(String remarks) {
        String clean = remarks == null || remarks.isBlank() ? null : remarks.trim();
        if (clean != null && clean.length() > TEXT_MAX) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("remarks", "TOO_LONG", TEXT_MAX)));
        }
        this.remarks = clean;
    }

    /**
     * Writes a capacity in the history (replacing one on the same date). Returns warnings: a unit that is unusual for
     * the type is accepted (the Hellemmes table counts its RAM in actes) but reported.
     */
    public List<String> recordCapacity(Capacity capacity) {
        capacities.removeIf(c -> c.effectiveOn().equals(capacity.effectiveOn()));
        capacities.add(capacity);
        capacities.sort(Comparator.comparing(Capacity::effectiveOn));
        return unitWarnings(type, capacity.unit());
    }

    public static List<String> unitWarnings(EquipmentType type, CapacityUnit unit) {
        return type.fits(unit) ? List.of() : List.of("UNIT_UNUSUAL_FOR_TYPE");
    }

    /** The capacity in force on a day: the latest effective on or before it. */
    public Optional<Capacity> capacityOn(LocalDate day) {
        Capacity found = null;
        for (Capacity c : capacities) {
            if (!c.effectiveOn().isAfter(day)) found = c;
        }
        return Optional.ofNullable(found);
    }

    /** What an import matches an existing entry on: same name, same main address, same type, same commune. */
    public String matchKey() {
        String key = matchKey;
        if (key == null)
            matchKey = key = matchKey(name, addresses.isEmpty() ? null : addresses.get(0), type, communeCode);
        return key;
    }

    public static String matchKey(String name, Address mainAddress, EquipmentType type, String communeCode) {
        String address = mainAddress == null
                ? ""
                : SearchText.fold((mainAddress.street() == null ? "" : mainAddress.street()) + " "
                        + (mainAddress.postalCode() == null ? "" : mainAddress.postalCode()));
        return SearchText.fold(name) + "|" + address + "|" + type + "|" + communeCode;
    }

    public String searchText() {
        if (searchText != null) return searchText;
        StringBuilder text = new StringBuilder(name);
        if (operator.name() != null) text.append(' ').append(operator.name());
        if (quartier != null) text.append(' ').append(quartier);
        for (Address a : addresses) {
            if (a.street() != null) text.append(' ').append(a.street());
        }
        searchText = SearchText.fold(text.toString());
        return searchText;
    }

    public UUID id() {
        return id;
    }

    public EquipmentType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public Operator operator() {
        return operator;
    }

    public List<Address> addresses() {
        return addresses;
    }

    public String communeCode() {
        return communeCode;
    }

    public String quartier() {
        return quartier;
    }

    public GeoPoint location() {
        return location;
    }

    public BigDecimal latitude() {
        return location == null ? null : location.latitude();
    }

    public BigDecimal longitude() {
        return location == null ? null : location.longitude();
    }

    public String qpvCode() {
        return qpvCode;
    }

    public QpvOrigin qpvOrigin() {
        return qpvOrigin;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public boolean supportedByCollectivite() {
        return supportedByCollectivite;
    }

    public String remarks() {
        return remarks;
    }

    public List<Capacity> capacities() {
        return List.copyOf(capacities);
    }

    public int version() {
        return version;
    }
}
