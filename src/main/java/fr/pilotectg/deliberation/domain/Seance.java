package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The council session in which the deliberation was adopted.
 *
 * @param time null when the record does not give it
 * @param place null when the record does not give it ("Hôtel de ville")
 */
public record Seance(LocalDate date, LocalTime time, String place) {

    public static final int MAX_PLACE_LENGTH = 200;
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public Seance {
        if (date == null)
            throw DomainException.invalidFields(List.of(FieldProblem.of("seanceDate", ErrorCodes.REQUIRED)));
        place = place == null || place.isBlank() ? null : place.strip();
        if (place != null && place.length() > MAX_PLACE_LENGTH) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("seancePlace", ErrorCodes.DELIBERATION_TEXT_TOO_LONG, MAX_PLACE_LENGTH)));
        }
    }

    /** The time as the form and the API write it, "18:00"; null when the record does not give it. */
    public String hoursMinutes() {
        return time == null ? null : HOURS_MINUTES.format(time);
    }

    public static Seance on(LocalDate date) {
        return new Seance(date, null, null);
    }
}
