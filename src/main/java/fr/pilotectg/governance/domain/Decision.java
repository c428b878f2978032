package fr.pilotectg.governance.domain;

import fr.pilotectg.actionplan.FicheStatus;
import java.util.UUID;

/**
 * A decision taken at a meeting. When it targets a fiche action with a new status, the fiche's status was changed
 * through the action plan with this meeting as origin ({@code ficheTitle}, {@code ficheStatus} record what was done).
 */
public record Decision(
        int number, String text, UUID ficheId, String ficheTitle, FicheStatus ficheStatus, String reason) {}
