package fr.pilotectg.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A governance meeting as its minutes print it (the documents module): the body (its kind a BodyKind name, label
 * {@code governance.kind.<KIND>}), date and place, who attended (status an Attendance.Status name, label
 * {@code governance.attendance.<STATUS>}; names in the French order), the agenda, the decisions (with the fiche and
 * its new status a FicheStatus name when one was changed) and the minutes and note as written. Blank: not given.
 */
public record MeetingMinutes(
        UUID id,
        String bodyName,
        String bodyKind,
        LocalDate date,
        boolean held,
        String place,
        List<Attendee> attendance,
        List<String> agenda,
        List<DecisionLine> decisions,
        String minutes,
        String note) {

    public record Attendee(String name, String organisation, String status, String representedBy) {}

    public record DecisionLine(int number, String text, String ficheTitle, String ficheStatus, String reason) {}

    /** A meeting of the convention, for a list. */
    public record Line(UUID id, String bodyName, String bodyKind, LocalDate date, boolean held) {}
}
