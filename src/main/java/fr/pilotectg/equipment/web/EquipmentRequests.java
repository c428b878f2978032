package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.domain.Address;
import fr.pilotectg.equipment.domain.EquipmentData;
import fr.pilotectg.equipment.domain.EquipmentFilter;
import fr.pilotectg.shared.Codes;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The JSON bodies of the register's API and the parsing of list filters (shared by pages and API). */
final class EquipmentRequests {

    private EquipmentRequests() {}

    record AddressRequest(String street, String postalCode, String city) {}

    record CapacityRequest(BigDecimal value, CapacityUnit unit, LocalDate effectiveOn, String source, Integer version) {

        EquipmentData.CapacityInput input() {
            if (value == null) throw DomainException.invalidFields(List.of(FieldProblem.of("value", "REQUIRED")));
            return new EquipmentData.CapacityInput(value, unit, effectiveOn, source);
        }
    }

    /**
     * An entry as sent by a client. {@code qpv}: for an entry without coordinates, a QPV code or {@code HORS_QPV} (set by
     * hand); with coordinates the QPV is computed. {@code capacity}: initial capacity, on creation only.
     * {@code version} is required to change an entry (optimistic locking).
     */
    record EquipmentRequest(
            EquipmentType type,
            String name,
            UUID operatorOrganisationId,
            String operatorName,
            OperatorCategory operatorCategory,
            List<AddressRequest> addresses,
            String communeCode,
            String quartier,
            BigDecimal latitude,
            BigDecimal longitude,
            String qpv,
            LocalDate openedOn,
            LocalDate closedOn,
            Boolean supportedByCollectivite,
            String remarks,
            CapacityRequest capacity,
            Integer version) {

        EquipmentData data() {
            List<Address> sites = addresses == null
                    ? List.of()
                    : addresses.stream()
                            .map(a -> new Address(a.street(), a.postalCode(), a.city()))
                            .toList();
            return new EquipmentData(
                    type,
                    name,
                    operatorOrganisationId,
                    operatorName,
                    operatorCategory,
                    sites,
                    communeCode,
                    quartier,
                    latitude,
                    longitude,
                    qpv,
                    openedOn,
                    closedOn,
                    Boolean.TRUE.equals(supportedByCollectivite),
                    remarks,
                    capacity == null ? null : capacity.input());
        }
    }

    record CloseRequest(LocalDate closedOn, Integer version) {}

    /** "oui"/"true" → true, "non"/"false" → false, blank → any. */
    static Boolean qpv(String text) {
        if (text == null || text.isBlank()) return null;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "oui", "yes", "1" -> true;
            case "false", "non", "no", "0" -> false;
            default -> throw DomainException.invalidFields(List.of(FieldProblem.of("qpv", "INVALID_VALUE", text)));
        };
    }

    static EquipmentFilter filter(
            String communes,
            EquipmentType type,
            OperatorCategory category,
            String qpv,
            EquipmentFilter.Status status,
            String q,
            UUID operator) {
        return new EquipmentFilter(Codes.split(communes), type, category, qpv(qpv), status, q, operator);
    }
}
