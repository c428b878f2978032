package fr.pilotectg.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the user says of a meeting (its decisions are added one by one, see {@link Meeting#withDecision}). */
public record MeetingData(
        UUID bodyId,
        LocalDate date,
        String place,
        List<AgendaItem> agenda,
        List<Attendance> attendance,
        String minutes,
        String note) {

    public MeetingData {
        place = place == null ? "" : place.strip();
        agenda = agenda == null
                ? List.of()
                : List.copyOf(agenda.stream().filter(java.util.Objects::nonNull).toList());
        attendance = attendance == null
                ? List.of()
                : List.copyOf(
                        attendance.stream().filter(java.util.Objects::nonNull).toList());
        minutes = minutes == null ? "" : minutes.strip();
        note = note == null ? "" : note.strip();
    }
}
