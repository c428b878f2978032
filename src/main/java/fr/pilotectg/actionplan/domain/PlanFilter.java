package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import java.util.UUID;

/**
 * The plan page's filters; null means "any" (a blank text is read as null, so that an empty field of the filter form
 * filters nothing). {@code partner} matches a partner's organisation id or part of its name.
 */
public record PlanFilter(UUID axis, String commune, FicheStatus status, Boolean late, UUID pilot, String partner) {

    public PlanFilter {
        commune = blankToNull(commune);
        partner = blankToNull(partner);
    }

    public static PlanFilter none() {
        return new PlanFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return axis == null && commune == null && status == null && late == null && pilot == null && partner == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
