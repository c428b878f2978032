package fr.pilotectg.actionplan.domain;

import fr.pilotectg.convention.ConventionSummary;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parts (axes) of a plan: the convention's terms holders add them, each checked against the convention. */
@Service
public class PlanAxes {

    private final ActionPlanRepository repository;
    private final FicheFlow flow;
    private final PlanChecks checks;
    private final PlanAudit audit;

    PlanAxes(ActionPlanRepository repository, FicheFlow flow, PlanChecks checks, PlanAudit audit) {
        this.repository = repository;
        this.flow = flow;
        this.checks = checks;
        this.audit = audit;
    }

    /**
     * Adds an axis at the end of the plan: its commune and domains must be the convention's, its enjeux codes of the
     * national list ({@code AXIS_ENJEU_INVALID} with the code otherwise).
     */
    @Transactional
    public UUID createAxis(UUID conventionId, AxisData data) {
        ConventionSummary convention = flow.structurable(conventionId);
        Axis axis = checks.axis(convention, UUID.randomUUID(), repository.nextAxisPosition(conventionId), data);
        repository.insertAxis(axis, FicheFlow.actor());
        audit.record(
                PlanAudit.AXIS_ENTITY,
                axis.id(),
                "created",
                audit.text("axis.created", axis.title()),
                List.of(),
                convention);
        return axis.id();
    }
}
