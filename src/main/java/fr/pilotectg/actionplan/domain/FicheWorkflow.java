package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.shared.DomainException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A fiche's way from draft to done or abandoned ({@link FicheStatus#next()}), each step written in its history. */
@Service
public class FicheWorkflow {

    private final FicheFlow flow;
    private final PlanAudit audit;

    FicheWorkflow(FicheFlow flow, PlanAudit audit) {
        this.flow = flow;
        this.audit = audit;
    }

    /**
     * Moves a fiche to {@code status}. {@code origin} says where the decision comes from (e.g. "comité de pilotage du
     * 12/06/2024", or a meeting given by the governance module); it is written in the history with the change.
     */
    @Transactional
    public int changeStatus(UUID ficheId, int version, FicheStatus status, String reason, String origin) {
        return flow.change(ficheId, version, (fiche, convention) -> {
            FicheStatus before = fiche.status();
            if (status != null && !before.next().contains(status)) {
                throw DomainException.rule(
                        ActionPlanErrors.TRANSITION_NOT_ALLOWED, audit.label(before), audit.label(status));
            }
            fiche.changeStatus(status, reason);
            boolean abandoned = status == FicheStatus.ABANDONED;
            String decided = origin == null || origin.isBlank() ? null : origin.strip();
            String key = "fiche.status" + (abandoned ? ".abandoned" : "") + (decided == null ? "" : ".decided");
            String summary = audit.text(
                    key,
                    audit.label(before),
                    audit.label(status),
                    abandoned ? fiche.abandonReason() : decided,
                    decided);
            return new FicheFlow.Change(
                    "status-changed",
                    summary,
                    List.of(audit.change("status", audit.label(before), audit.label(status))));
        });
    }
}
