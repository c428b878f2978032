package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What someone writes in a row of the schéma de développement.
 *
 * @param equipmentId the register's entry when it exists (its capacity is updated when the row is realised)
 * @param equipmentType the kind of equipment, for a creation not yet in the register
 * @param capacityAdded the places (actes, ETP…) added, when the table gives it ("Extension de 2 places") even without the
 *     capacities before and after
 * @param capacityUndefined "NOMBRE DE PLACES PAS ENCORE DEFINI": the capacity after is not known yet
 * @param plannedStart the planned start as printed ("2021", "SEPTEMBRE 2022", "2022-2023", "A voir")
 * @param steps the plan d'action, each step as printed
 */
public record ActionData(
        String communeCode,
        Thematic thematic,
        ActionNature nature,
        String title,
        String address,
        String quartier,
        String description,
        UUID equipmentId,
        EquipmentType equipmentType,
        BigDecimal capacityBefore,
        BigDecimal capacityAdded,
        BigDecimal capacityAfter,
        CapacityUnit unit,
        Boolean capacityUndefined,
        String plannedStart,
        Map<MilestoneKind, String> steps,
        String referent,
        String comments) {

    public ActionData {
        Map<MilestoneKind, String> clean = new EnumMap<>(MilestoneKind.class);
        if (steps != null)
            steps.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) clean.put(k, v.strip());
            });
        steps = Map.copyOf(clean);
        title = title == null ? "" : title.strip();
        unit = unit == null ? CapacityUnit.PLACES : unit;
        capacityUndefined = capacityUndefined != null && capacityUndefined;
    }

    /** Checks the row against the convention's communes; throws {@code VALIDATION_FAILED} with one problem per field. */
    public ActionData checked(Collection<String> conventionCommunes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (communeCode == null || communeCode.isBlank()) {
            problems.add(FieldProblem.of("communeCode", "SCHEMA_COMMUNE_REQUIRED"));
        } else if (!conventionCommunes.contains(communeCode)) {
            problems.add(FieldProblem.of("communeCode", "SCHEMA_COMMUNE_UNKNOWN", communeCode));
        }
        if (thematic == null) problems.add(FieldProblem.of("thematic", "SCHEMA_THEMATIC_REQUIRED"));
        if (nature == null) problems.add(FieldProblem.of("nature", "SCHEMA_NATURE_REQUIRED"));
        if (title.isEmpty()) problems.add(FieldProblem.of("title", "SCHEMA_TITLE_REQUIRED"));
        if (capacityBefore != null && capacityBefore.signum() < 0)
            problems.add(FieldProblem.of("capacityBefore", "SCHEMA_CAPACITY_NEGATIVE"));
        if (capacityAfter != null && capacityAfter.signum() < 0)
            problems.add(FieldProblem.of("capacityAfter", "SCHEMA_CAPACITY_NEGATIVE"));
        if (capacityBefore != null
                && capacityAdded != null
                && capacityAfter != null
                && capacityBefore.add(capacityAdded).compareTo(capacityAfter) != 0) {
            problems.add(FieldProblem.of(
                    "capacityAfter", "SCHEMA_CAPACITY_MISMATCH", capacityBefore, capacityAdded, capacityAfter));
        }
        if (capacityUndefined && capacityAfter != null)
            problems.add(FieldProblem.of("capacityAfter", "SCHEMA_CAPACITY_BOTH_UNDEFINED_AND_SET"));
        InputLimits limits = InputLimits.check()
                .title("title", title)
                .name("address", address)
                .name("quartier", quartier)
                .longText("description", description)
                .name("plannedStart", plannedStart)
                .name("referent", referent)
                .longText("comments", comments)
                .number("capacityAdded", capacityAdded, -InputLimits.PLACES_MAX, InputLimits.PLACES_MAX);
        capacity(limits, "capacityBefore", capacityBefore);
        capacity(limits, "capacityAfter", capacityAfter);
        steps.forEach((kind, text) -> limits.longText("steps", text));
        problems.addAll(limits.problems());
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return this;
    }

    /** Places within the places' range; actes, ETP or hours within a count's (a negative capacity has its own message). */
    private void capacity(InputLimits limits, String field, BigDecimal value) {
        if (value == null || value.signum() < 0) return;
        if (unit == CapacityUnit.PLACES) limits.places(field, value);
        else limits.number(field, value, 0, MAX_OTHER_CAPACITY);
    }

    /** The most actes, ETP or hours one row may give. */
    static final long MAX_OTHER_CAPACITY = 1_000_000_000L;

    /** Places (or actes, ETP…) added: after − before (a creation adds all its capacity), else the places added; null when not known. */
    public BigDecimal delta() {
        if (capacityAfter == null) return capacityAdded;
        return capacityBefore == null ? capacityAfter : capacityAfter.subtract(capacityBefore);
    }

    public PlannedDate start() {
        return PlannedDate.parse(plannedStart);
    }

    public String step(MilestoneKind kind) {
        return steps.getOrDefault(kind, "");
    }

    /** Counts in the taux de couverture petite enfance: places of an EAJE or a MAM. */
    public boolean countsForChildcare() {
        return unit == CapacityUnit.PLACES
                && thematic == Thematic.PETITE_ENFANCE_PARENTALITE
                && (equipmentType == null || equipmentType.isEaje() || equipmentType == EquipmentType.MAM);
    }
}
