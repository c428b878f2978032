package fr.pilotectg.shared;

/**
 * How precisely a date is known: to the day (« 18/01/2023 »), to the month (« 01/2023 ») or to the year (« 2023 »), as
 * the published text gives it. Labels: {@code date.precision.<NAME>}.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR;

    /** The coarser of the two: a period whose ends are known to the day and to the year is known to the year. */
    public DatePrecision coarsest(DatePrecision other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String messageKey() {
        return "date.precision." + name();
    }
}
