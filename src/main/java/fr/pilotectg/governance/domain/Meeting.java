package fr.pilotectg.governance.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A meeting of a body: date within the convention's period, agenda, attendance, minutes and decisions. */
public record Meeting(UUID id, UUID conventionId, MeetingData data, List<Decision> decisions) {

    public Meeting {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** Checks the data against the convention's period; every problem at once. */
    public static Meeting of(
            UUID id, UUID conventionId, MeetingData data, List<Decision> decisions, LocalDate start, LocalDate end) {
        InputLimits.check()
                .list("agenda", data.agenda())
                .list("attendance", data.attendance())
                .throwIfAny();
        InputLimits limits = InputLimits.check()
                .name("place", data.place())
                .longText("minutes", data.minutes())
                .longText("note", data.note());
        List<FieldProblem> problems = new ArrayList<>();
        if (data.bodyId() == null) problems.add(FieldProblem.of("bodyId", GovernanceErrors.MEETING_BODY_REQUIRED));
        if (data.date() == null) {
            problems.add(FieldProblem.of("date", GovernanceErrors.MEETING_DATE_REQUIRED));
        } else if (data.date().isBefore(start) || data.date().isAfter(end)) {
            problems.add(FieldProblem.of("date", GovernanceErrors.MEETING_OUTSIDE_CONVENTION, fr(start), fr(end)));
        }
        for (int i = 0; i < data.agenda().size(); i++) {
            AgendaItem item = data.agenda().get(i);
            if (item.ficheId() == null && item.label().isEmpty()) {
                problems.add(FieldProblem.of("agenda[" + i + "].label", GovernanceErrors.AGENDA_LABEL_REQUIRED));
            }
            if (item.url() != null && !fr.pilotectg.shared.WebLink.isHttp(item.url())) {
                problems.add(FieldProblem.of("agenda[" + i + "].url", fr.pilotectg.shared.WebLink.NOT_HTTP));
            }
            limits.title("agenda[" + i + "].label", item.label())
                    .text("agenda[" + i + "].url", item.url(), InputLimits.LONG_TEXT_MAX);
        }
        for (int i = 0; i < data.attendance().size(); i++) {
            Attendance a = data.attendance().get(i);
            if (a.name().isEmpty())
                problems.add(FieldProblem.of("attendance[" + i + "].name", GovernanceErrors.ATTENDEE_NAME_REQUIRED));
            if (a.status() == null)
                problems.add(
                        FieldProblem.of("attendance[" + i + "].status", GovernanceErrors.ATTENDANCE_STATUS_REQUIRED));
            limits.name("attendance[" + i + "].name", a.name())
                    .name("attendance[" + i + "].representedBy", a.representedBy());
        }
        problems.addAll(limits.problems());
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Meeting(id, conventionId, data, decisions);
    }

    public Meeting withDecision(Decision decision) {
        List<Decision> all = new ArrayList<>(decisions);
        all.add(decision);
        return new Meeting(id, conventionId, data, all);
    }

    public int nextDecisionNumber() {
        return decisions.stream().mapToInt(Decision::number).max().orElse(0) + 1;
    }

    public long count(Attendance.Status status) {
        return data.attendance().stream().filter(a -> a.status() == status).count();
    }

    static String fr(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
