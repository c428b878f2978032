package fr.pilotectg;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The tests' clock: Paris time, standing still on the day given by the system property {@code pilote.test.today}
 * (default 2026-06-15) at 10:00, until a test moves it. {@link TestClock} puts it back after every test.
 */
public final class MutableClock extends Clock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final String TODAY_PROPERTY = "pilote.test.today";
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 6, 15);

    private volatile Instant instant;

    public MutableClock() {
        reset();
    }

    /** The day the suite runs "on": {@code -Dpilote.test.today=2027-07-01}, or 2026-06-15. */
    public static LocalDate configuredToday() {
        String value = System.getProperty(TODAY_PROPERTY);
        return value == null || value.isBlank() ? DEFAULT_TODAY : LocalDate.parse(value.strip());
    }

    /** Back to the configured day, 10:00 Paris time. */
    public void reset() {
        setToday(configuredToday());
    }

    /** Moves the clock to {@code day} at 10:00 Paris time. */
    public void setToday(LocalDate day) {
        instant = day.atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant();
    }

    public void setInstant(Instant instant) {
        this.instant = instant;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant, PARIS);
    }

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
