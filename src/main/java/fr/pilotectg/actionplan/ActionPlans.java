package fr.pilotectg.actionplan;

import fr.pilotectg.actionplan.domain.FicheHistory;
import fr.pilotectg.actionplan.domain.FicheWorkflow;
import fr.pilotectg.actionplan.domain.PlanReads;
import fr.pilotectg.actionplan.domain.PlanViews;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan module's front door for other modules (governance, evaluation): read a convention's fiches and
 * change a fiche's status with the origin of the decision (a meeting, a committee) written in its history.
 */
@Service
public class ActionPlans {

    /** The {@link FicheStatus} names in workflow order, from draft to done and abandoned. */
    public static final List<String> STATUSES =
            java.util.Arrays.stream(FicheStatus.values()).map(Enum::name).toList();

    private final PlanReads reads;
    private final FicheWorkflow workflow;
    private final FicheHistory history;
    private final fr.pilotectg.actionplan.domain.FicheSettlement settlement;

    ActionPlans(
            PlanReads reads,
            FicheWorkflow workflow,
            FicheHistory history,
            fr.pilotectg.actionplan.domain.FicheSettlement settlement) {
        this.reads = reads;
        this.workflow = workflow;
        this.history = history;
        this.settlement = settlement;
    }

    /**
     * Settles the open fiches of an ending convention in one step, all or nothing (the final bilan): {@code outcomes}
     * by fiche id, each with the version the page read; {@code reason} is the abandons'. Returns how many were settled.
     */
    @Transactional
    public int settle(
            UUID conventionId,
            java.util.Map<UUID, Integer> versions,
            java.util.Map<UUID, FicheOutcome> outcomes,
            String reason) {
        return settlement.settle(
                conventionId,
                outcomes.entrySet().stream()
                        .map(e -> new fr.pilotectg.actionplan.domain.FicheSettlement.Decision(
                                e.getKey(), versions.getOrDefault(e.getKey(), -1), e.getValue()))
                        .toList(),
                reason);
    }

    /** The fiche if the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<FicheSummary> findFiche(UUID ficheId) {
        return reads.bareLine(ficheId).map(ActionPlans::summary);
    }

    /**
     * The fiches of a convention's plan the current user may see (empty if the convention is not visible). Reads only
     * the fiches (no organisation or commune names): the annual review and the computed indicators call it often.
     */
    @Transactional(readOnly = true)
    public List<FicheSummary> fichesOf(UUID conventionId) {
        return reads.bareLines(conventionId).stream().map(ActionPlans::summary).toList();
    }

    /**
     * Every field of the fiches of a convention's plan the current user may see, in the plan's order, names resolved
     * (the convention's annex 4); empty if the convention is not visible.
     */
    @Transactional(readOnly = true)
    public List<FicheSheet> ficheSheets(UUID conventionId) {
        return reads.sheets(conventionId);
    }

    /**
     * The fiches of {@link #fichesOf} as they stood at the end of {@code day} (status, progress and late from the fiches'
     * dated history; title as today): what a past year's review shows "au 31/12". A fiche entered after that day is
     * taken as it was entered.
     */
    @Transactional(readOnly = true)
    public List<FicheSummary> fichesAsOf(UUID conventionId, LocalDate day) {
        List<FicheSummary> today = fichesOf(conventionId);
        if (today.isEmpty()) return today;
        var states = history.statesAt(conventionId, day);
        return today.stream()
                .map(f -> {
                    FicheHistory.State state = states.get(f.id());
                    return state == null
                            ? f
                            : new FicheSummary(
                                    f.id(),
                                    f.conventionId(),
                                    f.axisId(),
                                    f.title(),
                                    state.status(),
                                    state.progress(),
                                    state.late(),
                                    f.version());
                })
                .toList();
    }

    /**
     * Changes a fiche's status ({@link FicheStatus#next()} says which moves are allowed; {@code ABANDONED} needs a
     * reason) on behalf of the current user; {@code origin} (e.g. "conseil municipal du 09/02/2023", a meeting) is
     * recorded in the fiche's history. Returns the new version.
     */
    @Transactional
    public int changeStatus(UUID ficheId, int version, FicheStatus status, String reason, String origin) {
        return workflow.changeStatus(ficheId, version, status, reason, origin);
    }

    private static FicheSummary summary(PlanViews.FicheLine line) {
        return new FicheSummary(
                line.fiche().id(),
                line.fiche().conventionId(),
                line.fiche().axisId(),
                line.fiche().content().title(),
                line.fiche().status(),
                line.fiche().progress(),
                line.late(),
                line.version());
    }
}
