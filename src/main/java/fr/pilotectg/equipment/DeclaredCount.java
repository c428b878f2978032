package fr.pilotectg.equipment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of the inventory a commune declared in a document ("12 EAJE municipaux" in a CTG preamble), next to what the
 * register holds for the same types and gestionnaire category.
 *
 * @param types the register types the line counts; empty when the register does not hold them (schools)
 * @param registered open entries of the register that match, visible to the reader; null when {@code types} is empty
 * @param id the line, to revise its count
 * @param version the line's version, for optimistic locking
 */
public record DeclaredCount(
        String communeCode,
        String label,
        int declared,
        List<EquipmentType> types,
        OperatorCategory category,
        Long registered,
        String source,
        LocalDate declaredOn,
        UUID id,
        int version) {

    public boolean comparable() {
        return registered != null;
    }

    public boolean matches() {
        return registered != null && registered == declared;
    }
}
