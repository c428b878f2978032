package fr.pilotectg.actionplan.domain;

import java.util.UUID;

/** The plan page's filters; null means "any". {@code partner} matches a partner's organisation id or part of its name. */
public record PlanFilter(UUID axis, String commune, FicheStatus status, Boolean late, UUID pilot, String partner) {

    public static PlanFilter none() {
        return new PlanFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return axis == null && (commune == null || commune.isBlank()) && status == null && late == null && pilot == null
                && (partner == null || partner.isBlank());
    }
}
