package fr.pilotectg.equipment.domain;

/**
 * The register's columns a list is sorted on, each with its SQL ordering written here once — never built from what the
 * user sent (a name outside this list is read as {@link #COMMUNE}, the register's order). Every ordering ends on the
 * entry's id, so that pages never overlap.
 */
public enum RegisterSort {
    COMMUNE("e.commune_code %1$s, array_position(CAST(:typeOrder AS text[]), e.type), e.name"),
    NAME("e.name %1$s"),
    TYPE("array_position(CAST(:typeOrder AS text[]), e.type) %1$s, e.name"),
    OPERATOR("e.operator_name %1$s NULLS LAST, e.name"),
    CAPACITY("c.value %1$s NULLS LAST, e.name");

    private final String order;

    RegisterSort(String order) {
        this.order = order;
    }

    /** The ORDER BY clause in the direction asked: "ASC" or "DESC", nothing else. */
    String orderBy(boolean descending) {
        return order.formatted(descending ? "DESC" : "ASC") + ", e.id";
    }

    /** The column named {@code name} (any case), or {@link #COMMUNE}. */
    public static RegisterSort of(String name) {
        for (RegisterSort s : values()) if (s.name().equalsIgnoreCase(name == null ? "" : name.strip())) return s;
        return COMMUNE;
    }
}
