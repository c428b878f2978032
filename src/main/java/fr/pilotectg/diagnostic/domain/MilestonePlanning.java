package fr.pilotectg.diagnostic.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning the diagnostic's milestones (échéances and their deliverables) and marking them delivered. */
@Service
public class MilestonePlanning {

    private final DiagnosticFlow flow;

    MilestonePlanning(DiagnosticFlow flow) {
        this.flow = flow;
    }

    @Transactional
    public int replaceMilestones(UUID conventionId, int expectedVersion, List<Milestone> milestones) {
        return flow.diagnostic(conventionId, expectedVersion, "milestones-replaced", (d, convention) -> {
            d.replaceMilestones(milestones);
            return flow.text().text("diagnostic.audit.milestones-replaced", milestones.size());
        });
    }

    /** Adds a milestone ({@code index} null) or changes the one at {@code index} (in due date order). */
    @Transactional
    public int putMilestone(
            UUID conventionId, int expectedVersion, Integer index, LocalDate dueOn, String deliverable) {
        return flow.diagnostic(
                conventionId,
                expectedVersion,
                index == null ? "milestone-added" : "milestone-updated",
                (d, convention) -> {
                    d.putMilestone(index, dueOn, deliverable);
                    return flow.text()
                            .text(
                                    index == null
                                            ? "diagnostic.audit.milestone-added"
                                            : "diagnostic.audit.milestone-updated",
                                    dueOn,
                                    deliverable == null ? "" : deliverable.strip());
                });
    }

    @Transactional
    public int removeMilestone(UUID conventionId, int expectedVersion, int index) {
        return flow.diagnostic(conventionId, expectedVersion, "milestone-removed", (d, convention) -> {
            Milestone removed = d.removeMilestone(index);
            return flow.text().text("diagnostic.audit.milestone-removed", removed.dueOn(), removed.deliverable());
        });
    }

    /** Marks the milestone due on {@code dueOn} as delivered on {@code doneOn} (null: not delivered). */
    @Transactional
    public int markMilestone(UUID conventionId, int expectedVersion, LocalDate dueOn, LocalDate doneOn) {
        return flow.diagnostic(conventionId, expectedVersion, "milestone-marked", (d, convention) -> {
            d.markMilestone(dueOn, doneOn, flow.today());
            return doneOn == null
                    ? flow.text().text("diagnostic.audit.milestone-undone", dueOn)
                    : flow.text().text("diagnostic.audit.milestone-done", dueOn, doneOn);
        });
    }
}
