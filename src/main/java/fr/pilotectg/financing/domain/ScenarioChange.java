package fr.pilotectg.financing.domain;

/**
 * One change of a financing scenario over the convention's current inputs (a delta, never a copy). Only the fields of
 * its kind are read:
 *
 * <ul>
 *   <li>{@code ADD_PLACES}: {@code places} new places in {@code structureId} opened in {@code year} (month 1–12 if
 *       known), in a QPV when {@code qpv} says so (null: the structure's own zoning);
 *   <li>{@code SET_CAPACITY}: {@code structureId} has at least {@code places} places from {@code year} (60 → 73): the
 *       places above what the plan counts that year are opened then, and the plan's later openings are brought forward
 *       by as many places; nothing if the plan already has as many;
 *   <li>{@code SET_TRANCHE}: the new-place tranche {@code tranche} (1–3) for the territory {@code territory};
 *   <li>{@code SET_PRORATION}: the proration of new places opened during a year ({@code proration}: NONE or MONTHS,
 *       the modes of parameter P2 the engine applies);
 *   <li>{@code NEW_STRUCTURE}: an EAJE {@code name} in {@code territory} opening {@code places} places in {@code year}.
 * </ul>
 */
public record ScenarioChange(
        Kind kind,
        String structureId,
        String territory,
        String name,
        Integer places,
        Integer year,
        Integer month,
        Boolean qpv,
        Integer tranche,
        String proration,
        String note) {

    public enum Kind {
        ADD_PLACES,
        SET_CAPACITY,
        SET_TRANCHE,
        SET_PRORATION,
        NEW_STRUCTURE
    }

    public static ScenarioChange addPlaces(String structureId, int places, int year, Integer month, Boolean qpv) {
        return new ScenarioChange(Kind.ADD_PLACES, structureId, null, null, places, year, month, qpv, null, null, null);
    }

    public static ScenarioChange capacity(String structureId, int places, int year, Integer month) {
        return new ScenarioChange(
                Kind.SET_CAPACITY, structureId, null, null, places, year, month, null, null, null, null);
    }

    public static ScenarioChange tranche(String territory, int tranche) {
        return new ScenarioChange(Kind.SET_TRANCHE, null, territory, null, null, null, null, null, tranche, null, null);
    }

    public static ScenarioChange proration(String mode) {
        return new ScenarioChange(Kind.SET_PRORATION, null, null, null, null, null, null, null, null, mode, null);
    }

    public static ScenarioChange newStructure(
            String name, String territory, int places, int year, Integer month, Boolean qpv) {
        return new ScenarioChange(
                Kind.NEW_STRUCTURE, null, territory, name, places, year, month, qpv, null, null, null);
    }

    /** The same change with the note that says where it comes from (a row of the schéma). */
    public ScenarioChange withNote(String text) {
        return new ScenarioChange(
                kind, structureId, territory, name, places, year, month, qpv, tranche, proration, text);
    }
}
