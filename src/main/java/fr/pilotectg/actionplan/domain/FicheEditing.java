package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.platform.AuditChange;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing a fiche action: a new fiche in draft, then revisions of its content, axis and progress. */
@Service
public class FicheEditing {

    private final ActionPlanRepository repository;
    private final FicheFlow flow;
    private final PlanChecks checks;
    private final PlanAudit audit;

    FicheEditing(ActionPlanRepository repository, FicheFlow flow, PlanChecks checks, PlanAudit audit) {
        this.repository = repository;
        this.flow = flow;
        this.checks = checks;
        this.audit = audit;
    }

    /** A new fiche in draft at the end of the plan. */
    @Transactional
    public UUID createFiche(UUID conventionId, UUID axisId, FicheContent content, int progress) {
        return flow.create(conventionId, convention -> {
                    UUID id = UUID.randomUUID();
                    checks.fiche(convention, id, axisId, content, progress);
                    Fiche fiche = Fiche.draft(
                            id, conventionId, axisId, repository.nextFichePosition(conventionId), content, progress);
                    return List.of(new FicheFlow.Created(
                            fiche,
                            new FicheFlow.Change(
                                    "created",
                                    audit.text("fiche.created", content.title()),
                                    List.of(audit.change("status", null, audit.label(FicheStatus.DRAFT))))));
                })
                .get(0);
    }

    /** Revises a fiche read at {@code version}; returns its new version. */
    @Transactional
    public int update(UUID ficheId, int version, UUID axisId, FicheContent content, int progress) {
        return flow.change(ficheId, version, (fiche, convention) -> {
            checks.fiche(convention, ficheId, axisId, content, progress);
            FicheContent before = fiche.content();
            int progressBefore = fiche.progress();
            fiche.revise(axisId, content, progress);
            var changes = new ArrayList<AuditChange>();
            if (!before.title().equals(content.title()))
                changes.add(audit.change("title", before.title(), content.title()));
            if (!before.numberInAxis().equals(content.numberInAxis()))
                changes.add(audit.change(
                        "numberInAxis", blankUnknown(before.numberInAxis()), blankUnknown(content.numberInAxis())));
            if (!before.commonToAll().equals(content.commonToAll())) {
                changes.add(audit.change(
                        "commonToAll",
                        audit.text("yesNo." + before.commonToAll()),
                        audit.text("yesNo." + content.commonToAll())));
            }
            if (!java.util.Objects.equals(before.realisedOn(), content.realisedOn())) {
                changes.add(audit.change(
                        "realisedOn",
                        before.realisedOn() == null ? audit.text("unknown") : PlanChecks.french(before.realisedOn()),
                        content.realisedOn() == null
                                ? audit.text("unknown")
                                : PlanChecks.french(content.realisedOn())));
            }
            if (progressBefore != progress) {
                changes.add(audit.change(
                        "progress", audit.text("percent", progressBefore), audit.text("percent", progress)));
            }
            long doneBefore =
                    before.milestones().stream().filter(Milestone::done).count();
            long doneAfter =
                    content.milestones().stream().filter(Milestone::done).count();
            if (doneBefore != doneAfter
                    || before.milestones().size() != content.milestones().size()) {
                changes.add(audit.change(
                        "milestones",
                        audit.text("outOf", doneBefore, before.milestones().size()),
                        audit.text("outOf", doneAfter, content.milestones().size())));
            }
            return new FicheFlow.Change("updated", audit.text("fiche.updated", content.title()), changes);
        });
    }

    private String blankUnknown(String value) {
        return value.isEmpty() ? audit.text("unknown") : value;
    }
}
