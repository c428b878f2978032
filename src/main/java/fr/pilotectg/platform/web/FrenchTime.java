package fr.pilotectg.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Formats instants for people, in French time (the application clock's zone): {@code ${@frenchTime.dateTime(instant)}}
 * in templates. Numbers have their twin, {@link FrenchNumberFormat}.
 */
@Component("frenchTime")
public class FrenchTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(ClockConfiguration.PARIS));
    }

    public String date(Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(ClockConfiguration.PARIS));
    }

    /** A calendar day: {@code ${@frenchTime.day(localDate)}} → 15/09/2024. */
    public String day(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String moment(OffsetDateTime moment) {
        return moment == null ? "—" : DATE_TIME.format(moment.atZoneSameInstant(ClockConfiguration.PARIS));
    }
}
