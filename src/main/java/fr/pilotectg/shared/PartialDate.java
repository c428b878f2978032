package fr.pilotectg.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the day, the month or the year, as a published text gives it: « 2023 » for « CTG 2023-2027 »,
 * « 06/2021 » for « juin 2021 », « 18/01/2023 ». Never completed with an invented day: {@link #firstDay()} and
 * {@link #lastDay()} are the calendar bounds rules compute with (01/01 and 31/12 for a year), and the pages say so.
 *
 * <p>Written {@code 2023}, {@code 2023-06} or {@code 2023-06-18} (ISO, the API's form); read also in French
 * ({@code 06/2023}, {@code 18/06/2023}). An impossible date (31/02/2023, month 13) is refused with
 * {@code DATE_INVALID}.
 */
public record PartialDate(
        int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<PartialDate> {

    public static final String INVALID = "DATE_INVALID";

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern FRENCH = Pattern.compile("(?:(\\d{1,2})/)?(\\d{1,2})/(\\d{4})");

    public PartialDate {
        if (year < 1900 || year > 2200) throw DomainException.invalid(INVALID, String.valueOf(year));
        if (day != null && month == null) throw DomainException.invalid(INVALID, year + "-?-" + day);
        try {
            Integer m = month;
            Integer d = day;
            if (m != null) YearMonth.of(year, m);
            if (m != null && d != null) LocalDate.of(year, m, d);
        } catch (DateTimeException e) {
            throw DomainException.invalid(INVALID, year + "-" + month + (day == null ? "" : "-" + day));
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static @Nullable PartialDate ofNullable(@Nullable LocalDate date) {
        return date == null ? null : of(date);
    }

    /** {@code date} taken to {@code precision}: 18/01/2023 at YEAR is 2023. */
    public static PartialDate of(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> of(date);
            case MONTH -> ofMonth(date.getYear(), date.getMonthValue());
            case YEAR -> ofYear(date.getYear());
        };
    }

    /**
     * Reads {@code 2023}, {@code 2023-06}, {@code 2023-06-18}, {@code 06/2023} or {@code 18/06/2023}; null for a blank
     * text; {@code DATE_INVALID} for anything else.
     */
    @JsonCreator
    public static @Nullable PartialDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) return null;
        String value = text.strip();
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return new PartialDate(Integer.parseInt(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
        }
        Matcher french = FRENCH.matcher(value);
        if (french.matches()) {
            return new PartialDate(
                    Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)), number(french.group(1)));
        }
        throw DomainException.invalid(INVALID, value);
    }

    public DatePrecision precision() {
        if (day != null) return DatePrecision.DAY;
        return month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    public boolean isExact() {
        return day != null;
    }

    /** The first day it may be: 01/01 of a year, the 1st of a month. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day it may be: 31/12 of a year, the last day of a month. */
    public LocalDate lastDay() {
        Integer m = month;
        Integer d = day;
        if (m != null && d != null) return LocalDate.of(year, m, d);
        if (m != null) return YearMonth.of(year, m).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    /** As people write it: « 2023 », « 06/2023 », « 18/06/2023 ». */
    public String french() {
        if (day != null) return String.format("%02d/%02d/%04d", day, month, year);
        if (month != null) return String.format("%02d/%04d", month, year);
        return String.valueOf(year);
    }

    /** The API's form: {@code 2023}, {@code 2023-06}, {@code 2023-06-18}. */
    @JsonValue
    @Override
    public String toString() {
        if (day != null) return String.format("%04d-%02d-%02d", year, month, day);
        if (month != null) return String.format("%04d-%02d", year, month);
        return String.valueOf(year);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byFirst = firstDay().compareTo(other.firstDay());
        return byFirst != 0 ? byFirst : lastDay().compareTo(other.lastDay());
    }

    private static @Nullable Integer number(@Nullable String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
