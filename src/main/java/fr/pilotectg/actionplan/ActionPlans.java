package fr.pilotectg.actionplan;

import fr.pilotectg.actionplan.domain.ActionPlanService;
import fr.pilotectg.actionplan.domain.FicheHistory;
import fr.pilotectg.actionplan.domain.FicheStatus;
import fr.pilotectg.actionplan.domain.PlanViews;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
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

    /** The {@link FicheSummary#status()} names in workflow order, from draft to done and abandoned. */
    public static final List<String> STATUSES = java.util.Arrays.stream(FicheStatus.values()).map(Enum::name).toList();

    private final ActionPlanService service;
    private final FicheHistory history;

    ActionPlans(ActionPlanService service, FicheHistory history) {
        this.service = service;
        this.history = history;
    }

    /** The fiche if the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<FicheSummary> findFiche(UUID ficheId) {
        return service.bareLine(ficheId).map(ActionPlans::summary);
    }

    /**
     * The fiches of a convention's plan the current user may see (empty if the convention is not visible). Reads only
     * the fiches (no organisation or commune names): the annual review and the computed indicators call it often.
     */
    @Transactional(readOnly = true)
    public List<FicheSummary> fichesOf(UUID conventionId) {
        return service.bareLines(conventionId).stream().map(ActionPlans::summary).toList();
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
        return today.stream().map(f -> {
            FicheHistory.State state = states.get(f.id());
            return state == null ? f : new FicheSummary(f.id(), f.conventionId(), f.axisId(), f.title(), state.status().name(),
                    state.progress(), state.late(), f.version());
        }).toList();
    }

    /**
     * Changes a fiche's status ({@code DRAFT}, {@code PRESENTED}, {@code VALIDATED}, {@code IN_PROGRESS}, {@code DONE},
     * {@code ABANDONED} with a reason) on behalf of the current user; {@code origin} (e.g. "conseil municipal du
     * 09/02/2023", a meeting id) is recorded in the fiche's history. Returns the new version.
     */
    @Transactional
    public int changeStatus(UUID ficheId, int version, String status, String reason, String origin) {
        return service.changeStatus(ficheId, version, parse(status), reason, origin);
    }

    private static FicheStatus parse(String status) {
        try {
            return status == null ? null : FicheStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("status", "INVALID_VALUE", status)));
        }
    }

    private static FicheSummary summary(PlanViews.FicheLine line) {
        return new FicheSummary(line.fiche().id(), line.fiche().conventionId(), line.fiche().axisId(), line.fiche().content().title(),
                line.fiche().status().name(), line.fiche().progress(), line.late(), line.version());
    }
}
