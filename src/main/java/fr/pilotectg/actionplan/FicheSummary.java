package fr.pilotectg.actionplan;

import java.util.UUID;

/**
 * What other modules know of a fiche action.
 *
 * @param status where the fiche stands; label {@code actionplan.status.<STATUS>}
 * @param late a milestone is past and not done while the fiche is neither done nor abandoned (as of today)
 */
public record FicheSummary(
        UUID id,
        UUID conventionId,
        UUID axisId,
        String title,
        FicheStatus status,
        int progress,
        boolean late,
        int version) {}
