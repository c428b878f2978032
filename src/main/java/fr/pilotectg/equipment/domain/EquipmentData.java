package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a form, an API call or an import line carries about an entry.
 *
 * @param qpv for an entry without coordinates: a QPV code, {@link #OUTSIDE_QPV}, or blank for "not known"
 * @param capacity an initial capacity (creation) or a new one (import); null for none
 */
public record EquipmentData(
        EquipmentType type,
        String name,
        UUID operatorOrganisationId,
        String operatorName,
        OperatorCategory operatorCategory,
        List<Address> addresses,
        String communeCode,
        String quartier,
        BigDecimal latitude,
        BigDecimal longitude,
        String qpv,
        LocalDate openedOn,
        LocalDate closedOn,
        boolean supportedByCollectivite,
        String remarks,
        CapacityInput capacity) {

    /** Declared outside every QPV (by hand). */
    public static final String OUTSIDE_QPV = "HORS_QPV";

    public EquipmentData {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** A capacity to record: value, unit (the type's usual one when null) and date (today when null). */
    public record CapacityInput(BigDecimal value, CapacityUnit unit, LocalDate effectiveOn, String source) {}
}
