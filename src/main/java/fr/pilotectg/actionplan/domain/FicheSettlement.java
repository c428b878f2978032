package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheOutcome;
import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.shared.DomainException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open fiches of an ending convention settled in one step from its final bilan, all or nothing: each closed as done
 * (the status verb, from « en cours »), abandoned with the reason given, or carried into the successor's plan — a new
 * draft there, in the axis of the same title (created when missing), with the échéances not yet done that fall within
 * the successor (from its start; the past ones stay on this fiche), without its number and links, then this one abandoned « reportée dans … ». Every fiche is read at the version the bilan showed.
 */
@Service
public class FicheSettlement {

    /** One decision: the fiche, the version the page read, what to do with it. */
    public record Decision(UUID ficheId, int version, FicheOutcome outcome) {}

    private final FicheFlow flow;
    private final FicheWorkflow workflow;
    private final FicheEditing editing;
    private final PlanAxes axes;
    private final ActionPlanRepository repository;
    private final Conventions conventions;
    private final PlanAudit audit;

    FicheSettlement(
            FicheFlow flow,
            FicheWorkflow workflow,
            FicheEditing editing,
            PlanAxes axes,
            ActionPlanRepository repository,
            Conventions conventions,
            PlanAudit audit) {
        this.flow = flow;
        this.workflow = workflow;
        this.editing = editing;
        this.axes = axes;
        this.repository = repository;
        this.conventions = conventions;
        this.audit = audit;
    }

    /** Settles the decisions; returns how many fiches were settled. {@code reason}: the abandon's, required then. */
    @Transactional
    public int settle(UUID conventionId, List<Decision> decisions, String reason) {
        ConventionSummary convention = flow.writable(conventionId);
        String origin = audit.text("fiche.settled.origin");
        Map<String, UUID> successorAxes = new HashMap<>();
        int settled = 0;
        for (Decision d : decisions) {
            if (d.outcome() == null) continue;
            var stored = flow.load(d.ficheId());
            if (!stored.fiche().conventionId().equals(conventionId)) throw FicheFlow.ficheNotFound(d.ficheId());
            switch (d.outcome()) {
                case CLOSE -> workflow.changeStatus(d.ficheId(), d.version(), FicheStatus.DONE, null, origin);
                case ABANDON -> workflow.changeStatus(d.ficheId(), d.version(), FicheStatus.ABANDONED, reason, origin);
                case CARRY -> carry(convention, stored, d.version(), successorAxes, origin);
            }
            settled++;
        }
        return settled;
    }

    private void carry(
            ConventionSummary convention,
            ActionPlanRepository.StoredFiche stored,
            int version,
            Map<String, UUID> successorAxes,
            String origin) {
        if (convention.successorId() == null) throw DomainException.rule(ActionPlanErrors.NO_SUCCESSOR);
        ConventionSummary successor = flow.writable(convention.successorId());
        Fiche fiche = stored.fiche();
        Axis axis = repository
                .findAxis(fiche.axisId())
                .map(ActionPlanRepository.StoredAxis::axis)
                .orElseThrow();
        UUID target = successorAxes.computeIfAbsent(
                axis.title(),
                title -> repository.axes(successor.id()).stream()
                        .map(ActionPlanRepository.StoredAxis::axis)
                        .filter(a -> a.title().equals(title))
                        .map(Axis::id)
                        .findFirst()
                        .orElseGet(() -> axes.createAxis(
                                successor.id(),
                                new AxisData(
                                        title,
                                        axis.commune() != null
                                                        && successor.communes().contains(axis.commune())
                                                ? axis.commune()
                                                : null,
                                        axis.domains().stream()
                                                .filter(successor.domains()::contains)
                                                .toList(),
                                        axis.enjeux()))));
        FicheContent c = fiche.content();
        FicheContent carried = new FicheContent(
                c.title(),
                c.targetPublic(),
                c.diagnostic(),
                c.objectives(),
                c.steps(),
                c.milestones().stream()
                        .filter(m -> !m.done())
                        .filter(m -> m.dueOn() == null
                                || successor.start() == null
                                || !m.dueOn().lastDay().isBefore(successor.start()))
                        .toList(),
                c.services(),
                c.expectedResults(),
                c.partners(),
                c.indicators(),
                c.pilotId(),
                c.referents(),
                c.budget(),
                c.fundings(),
                List.of(),
                c.attachments(),
                c.note(),
                c.commonToAll(),
                "",
                null);
        editing.createFiche(successor.id(), target, carried, fiche.progress());
        workflow.changeStatus(
                fiche.id(),
                version,
                FicheStatus.ABANDONED,
                audit.text("fiche.settled.carried", successor.title()),
                origin);
    }
}
