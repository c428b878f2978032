package fr.pilotectg.actionplan.domain;

import java.util.List;

/**
 * A page of the plan's table: its column filters ({@link PlanFilter} and a part of the title), the column it is sorted
 * on and in which direction, the page and its size — one of {@link #SIZES}, anything else is read as the first.
 */
public record PlanListQuery(PlanFilter filter, String text, Sort sort, boolean descending, int page, int size) {

    /** The page sizes people may choose. */
    public static final List<Integer> SIZES = List.of(25, 50, 100);

    /**
     * The columns the table is sorted on, each with its SQL ordering: written here once, never built from what the
     * user sent (a name outside this list is read as {@link #NUMBER}). Every ordering ends on the fiche's id, so that
     * pages never overlap.
     */
    public enum Sort {
        NUMBER("a.position %1$s, f.position %1$s"),
        TITLE("f.title %1$s"),
        STATUS("array_position(CAST(:statusOrder AS text[]), f.status) %1$s, f.title"),
        PROGRESS("f.progress %1$s, f.title"),
        DUE(
                "(SELECT min(actionplan.due_by(m ->> 'dueOn')) FROM jsonb_array_elements(coalesce(f.content -> 'milestones', '[]'::jsonb)) m"
                        + " WHERE CAST(m ->> 'done' AS boolean) IS NOT TRUE) %1$s NULLS LAST, f.title");

        private final String order;

        Sort(String order) {
            this.order = order;
        }

        /** The ORDER BY clause of this column in the direction asked ("ASC" or "DESC", nothing else). */
        String orderBy(boolean descending) {
            return order.formatted(descending ? "DESC" : "ASC") + ", f.id";
        }

        /** The column named {@code name}, or {@link #NUMBER} for anything else. */
        public static Sort of(String name) {
            for (Sort s : values()) if (s.name().equalsIgnoreCase(name == null ? "" : name.strip())) return s;
            return NUMBER;
        }
    }

    public PlanListQuery {
        filter = filter == null ? PlanFilter.none() : filter;
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? Sort.NUMBER : sort;
        page = Math.max(0, page);
        size = SIZES.contains(size) ? size : SIZES.get(0);
    }

    public long offset() {
        return (long) page * size;
    }
}
