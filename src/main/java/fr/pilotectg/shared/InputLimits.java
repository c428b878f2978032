package fr.pilotectg.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The limits every value typed into Pilote CTG obeys, whatever the module, the channel (form, API, import) or the field:
 * one length per kind of text, one size per list, one range per kind of number and date. A use case checks all the
 * fields of one request and refuses them together ({@link #throwIfAny()}), each with its name, a stable code and the
 * limit, so that the form shows the message under the field and the API lists it in the problem's {@code fields}.
 *
 * <p>The limits are generous for real conventions (the longest fiche title of the seeds is 160 characters, the longest
 * free text 4 000) and small enough that no page, export or document breaks on a stored value.
 */
public final class InputLimits {

    /** Titles of fiches, axes, instances, indicators, conventions. */
    public static final int TITLE_MAX = 300;
    /** Names of people, organisations, places, funders, labels of list items. */
    public static final int NAME_MAX = 200;
    /** Long free texts: diagnostics, objectives, notes, analyses. */
    public static final int LONG_TEXT_MAX = 20_000;
    /** Items in one list of one object: steps, milestones, members, funders, partners, indicators, referents. */
    public static final int LIST_MAX = 200;
    /**
     * Communes or EPCI of one territory (an organisation, a convention): a Caf or a departmental convention covers a
     * whole département (890 communes in the Pas-de-Calais), so far more than an ordinary list.
     */
    public static final int TERRITORY_LIST_MAX = 5_000;
    /**
     * Conventions in one file of the bulk import of conventions: a Caf's whole stock of CTGs (a large département has
     * about 200), checked before any of them is looked at.
     */
    public static final int CONVENTIONS_PER_IMPORT_MAX = 250;
    /** Places of a structure (crèche, accueil de loisirs…). */
    public static final int PLACES_MAX = 10_000;
    /** The first and last years a date may fall in. */
    public static final int YEAR_MIN = 1900;

    public static final int YEAR_MAX = 2100;

    public static final String TEXT_TOO_LONG = "TEXT_TOO_LONG";
    public static final String LIST_TOO_LONG = "LIST_TOO_LONG";
    public static final String PLACES_OUT_OF_RANGE = "PLACES_OUT_OF_RANGE";
    public static final String PERCENT_OUT_OF_RANGE = "PERCENT_OUT_OF_RANGE";
    public static final String DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE";
    public static final String YEAR_OUT_OF_RANGE = "YEAR_OUT_OF_RANGE";
    public static final String NUMBER_OUT_OF_RANGE = "NUMBER_OUT_OF_RANGE";

    private final List<FieldProblem> problems = new ArrayList<>();

    private InputLimits() {}

    /** Starts the checks of one request. */
    public static InputLimits check() {
        return new InputLimits();
    }

    public InputLimits title(String field, @Nullable String value) {
        return text(field, value, TITLE_MAX);
    }

    public InputLimits name(String field, @Nullable String value) {
        return text(field, value, NAME_MAX);
    }

    public InputLimits longText(String field, @Nullable String value) {
        return text(field, value, LONG_TEXT_MAX);
    }

    /** Each item of a list of short texts (steps, referents…): the list's size, then each item as a title. */
    public InputLimits titles(String field, @Nullable Collection<String> values) {
        list(field, values);
        if (values != null && values.size() <= LIST_MAX) {
            int i = 0;
            for (String v : values) text(field + "[" + i++ + "]", v, TITLE_MAX);
        }
        return this;
    }

    /**
     * Each item of a list of paragraphs (the steps of a fiche, as the conventions write them: up to 700 characters a
     * step in the seeds): the list's size, then each item as a long text.
     */
    public InputLimits longTexts(String field, @Nullable Collection<String> values) {
        list(field, values);
        if (values != null && values.size() <= LIST_MAX) {
            int i = 0;
            for (String v : values) text(field + "[" + i++ + "]", v, LONG_TEXT_MAX);
        }
        return this;
    }

    /** A text of at most {@code max} characters (counted as the user sees them, after trimming). */
    public InputLimits text(String field, @Nullable String value, int max) {
        if (value != null) {
            String stripped = value.strip();
            if (stripped.codePointCount(0, stripped.length()) > max) add(field, TEXT_TOO_LONG, max);
        }
        return this;
    }

    public InputLimits list(String field, @Nullable Collection<?> values) {
        return list(field, values, LIST_MAX);
    }

    /** The communes or EPCI of one territory: at most {@link #TERRITORY_LIST_MAX}. */
    public InputLimits territory(String field, @Nullable Collection<?> values) {
        return list(field, values, TERRITORY_LIST_MAX);
    }

    public InputLimits list(String field, @Nullable Collection<?> values, int max) {
        if (values != null && values.size() > max) add(field, LIST_TOO_LONG, max);
        return this;
    }

    /** An amount in euros: see {@link Euros} for its range and precision. */
    public InputLimits amount(String field, @Nullable BigDecimal value) {
        if (value != null) Euros.problem(value).ifPresent(code -> add(field, code, Euros.MAX_TEXT));
        return this;
    }

    public InputLimits places(String field, @Nullable Number value) {
        if (value != null && outside(value, BigDecimal.ZERO, BigDecimal.valueOf(PLACES_MAX)))
            add(field, PLACES_OUT_OF_RANGE, PLACES_MAX);
        return this;
    }

    /** A share between 0 and 100 %. */
    public InputLimits percent(String field, @Nullable Number value) {
        if (value != null && outside(value, BigDecimal.ZERO, BigDecimal.valueOf(100))) add(field, PERCENT_OUT_OF_RANGE);
        return this;
    }

    /** Any other number, within [min, max] (a count of people, an ETP, an indicator value). */
    public InputLimits number(String field, @Nullable Number value, long min, long max) {
        if (value != null && outside(value, BigDecimal.valueOf(min), BigDecimal.valueOf(max)))
            add(field, NUMBER_OUT_OF_RANGE, min, max);
        return this;
    }

    public InputLimits date(String field, @Nullable LocalDate value) {
        if (value != null && (value.getYear() < YEAR_MIN || value.getYear() > YEAR_MAX))
            add(field, DATE_OUT_OF_RANGE, String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
        return this;
    }

    /** A date known to the day, the month or the year: its first day must lie in the accepted years. */
    public InputLimits date(String field, @Nullable PartialDate value) {
        return date(field, value == null ? null : value.firstDay());
    }

    public InputLimits year(String field, @Nullable Integer value) {
        if (value != null && (value < YEAR_MIN || value > YEAR_MAX))
            add(field, YEAR_OUT_OF_RANGE, String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
        return this;
    }

    /** A problem found by the caller's own rule, reported with the others. */
    public InputLimits add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Refuses the request with every problem found, or does nothing. */
    public void throwIfAny() {
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    private void add(String field, String code, Object... args) {
        problems.add(FieldProblem.of(field, code, args));
    }

    private static boolean outside(Number value, BigDecimal min, BigDecimal max) {
        BigDecimal decimal;
        if (value instanceof BigDecimal d) decimal = d;
        else if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return true;
            decimal = BigDecimal.valueOf(d);
        } else decimal = BigDecimal.valueOf(value.longValue());
        return decimal.compareTo(min) < 0 || decimal.compareTo(max) > 0;
    }
}
