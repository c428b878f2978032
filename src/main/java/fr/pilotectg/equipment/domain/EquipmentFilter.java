package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import java.util.Set;
import java.util.UUID;

/**
 * What a register list is filtered on; null or empty means "any". {@code communes} are INSEE codes (a convention's
 * territory), {@code inQpv} true/false, {@code text} is searched accent-insensitively in names, gestionnaires and addresses.
 */
public record EquipmentFilter(
        Set<String> communes,
        EquipmentType type,
        OperatorCategory category,
        Boolean inQpv,
        Status status,
        String text,
        UUID operatorOrganisationId) {

    /** Open on the day of the query, closed by then, or not yet opened. */
    public enum Status {
        OPEN,
        CLOSED,
        PLANNED
    }

    public EquipmentFilter {
        communes = communes == null ? Set.of() : Set.copyOf(communes);
        text = text == null ? "" : text.trim();
    }

    public static EquipmentFilter communes(Set<String> communes) {
        return new EquipmentFilter(communes, null, null, null, null, "", null);
    }

    public static EquipmentFilter all() {
        return communes(Set.of());
    }

    public EquipmentFilter withStatus(Status newStatus) {
        return new EquipmentFilter(communes, type, category, inQpv, newStatus, text, operatorOrganisationId);
    }
}
