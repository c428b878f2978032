package fr.pilotectg.governance.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the bodies and their decisions. A decision that changes a fiche's status does so through the action
 * plan in the same transaction, so that either both the decision and the fiche's new status are saved, or neither.
 */
@Service
public class GovernanceMeetings {

    private final GovernanceRepository repository;
    private final GovernanceFlow flow;
    private final GovernanceAudit audit;
    private final ActionPlans actionPlans;

    GovernanceMeetings(
            GovernanceRepository repository, GovernanceFlow flow, GovernanceAudit audit, ActionPlans actionPlans) {
        this.repository = repository;
        this.flow = flow;
        this.audit = audit;
        this.actionPlans = actionPlans;
    }

    @Transactional
    public UUID createMeeting(UUID conventionId, MeetingData data) {
        return flow.create(flow.meetings, conventionId, (convention, grant) -> {
            Meeting meeting = checked(convention, UUID.randomUUID(), data, List.of());
            return new GovernanceFlow.Outcome<>(
                    meeting, "created", audit.text("meeting.created", origin(meeting)), List.of());
        });
    }

    @Transactional
    public int updateMeeting(UUID conventionId, UUID meetingId, int version, MeetingData data) {
        return flow.change(flow.meetings, conventionId, meetingId, version, (before, convention) -> {
            Meeting meeting =
                    checked(convention, meetingId, data, before.value().decisions());
            MeetingData was = before.value().data();
            List<AuditChange> changes = new ArrayList<>();
            audit.change(changes, "date", GovernanceAudit.date(was.date()), GovernanceAudit.date(data.date()));
            audit.change(changes, "place", was.place(), data.place());
            audit.change(
                    changes,
                    "agenda",
                    String.valueOf(was.agenda().size()),
                    String.valueOf(data.agenda().size()));
            audit.change(
                    changes,
                    "attendance",
                    String.valueOf(was.attendance().size()),
                    String.valueOf(data.attendance().size()));
            if (!was.minutes().equals(data.minutes()))
                audit.change(changes, "minutes", null, audit.text("minutes.changed"));
            return new GovernanceFlow.Outcome<>(
                    meeting, "updated", audit.text("meeting.updated", origin(meeting)), changes);
        });
    }

    /**
     * Adds a decision to a meeting read at {@code version}. With a fiche and a status, the fiche's status is changed
     * through the action plan with this meeting as origin (its history says so); a fiche of another convention is refused.
     * Returns the meeting's new version.
     */
    @Transactional
    public int addDecision(
            UUID conventionId,
            UUID meetingId,
            int version,
            String text,
            UUID ficheId,
            FicheStatus status,
            String reason) {
        return flow.change(flow.meetings, conventionId, meetingId, version, (stored, convention) -> {
            Meeting meeting = stored.value();
            String decisionText = text == null ? "" : text.strip();
            List<FieldProblem> problems = new ArrayList<>();
            if (decisionText.isEmpty()) problems.add(FieldProblem.of("text", GovernanceErrors.DECISION_TEXT_REQUIRED));
            problems.addAll(InputLimits.check()
                    .longText("text", decisionText)
                    .longText("reason", reason)
                    .problems());
            FicheSummary fiche = null;
            if (ficheId != null) {
                fiche = actionPlans
                        .findFiche(ficheId)
                        .filter(f -> f.conventionId().equals(conventionId))
                        .orElse(null);
                if (fiche == null) problems.add(FieldProblem.of("ficheId", GovernanceErrors.FICHE_OTHER_CONVENTION));
                else if (status == null)
                    problems.add(FieldProblem.of("status", GovernanceErrors.DECISION_STATUS_REQUIRED));
            }
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            Meeting decided = meeting.withDecision(new Decision(
                    meeting.nextDecisionNumber(),
                    decisionText,
                    ficheId,
                    fiche == null ? null : fiche.title(),
                    fiche == null ? null : status,
                    why));
            if (fiche != null) actionPlans.changeStatus(fiche.id(), fiche.version(), status, reason, origin(meeting));
            String summary = fiche == null
                    ? audit.text("decision", decisionText)
                    : audit.text("decision.fiche", decisionText, fiche.title(), audit.status(status));
            return new GovernanceFlow.Outcome<>(decided, "decision", summary, List.of());
        });
    }

    private Meeting checked(ConventionSummary convention, UUID id, MeetingData data, List<Decision> decisions) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            Meeting.of(id, convention.id(), data, decisions, convention.start(), convention.end());
        } catch (DomainException e) {
            problems.addAll(e.fields());
        }
        if (data.bodyId() != null) {
            boolean own = repository
                    .findBody(data.bodyId())
                    .filter(b -> b.value().conventionId().equals(convention.id()))
                    .isPresent();
            if (!own) problems.add(FieldProblem.of("bodyId", GovernanceErrors.BODY_NOT_FOUND, data.bodyId()));
        }
        List<UUID> fiches = data.agenda().stream()
                .map(AgendaItem::ficheId)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (!fiches.isEmpty()) {
            Set<UUID> own = new HashSet<>(actionPlans.fichesOf(convention.id()).stream()
                    .map(FicheSummary::id)
                    .toList());
            for (int i = 0; i < data.agenda().size(); i++) {
                UUID f = data.agenda().get(i).ficheId();
                if (f != null && !own.contains(f))
                    problems.add(FieldProblem.of("agenda[" + i + "].ficheId", GovernanceErrors.FICHE_OTHER_CONVENTION));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Meeting(id, convention.id(), data, decisions);
    }

    /** "Comité de pilotage CTG … du 15/06/2022 (réunion 6c1f…)": how a fiche's history names the meeting. */
    String origin(Meeting meeting) {
        String body = repository
                .findBody(meeting.data().bodyId())
                .map(b -> b.value().data().name())
                .orElse(audit.text("meeting.someBody"));
        return audit.text("meeting.origin", body, meeting.data().date(), meeting.id());
    }
}
