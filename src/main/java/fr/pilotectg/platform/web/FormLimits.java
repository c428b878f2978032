package fr.pilotectg.platform.web;

import fr.pilotectg.shared.Euros;
import fr.pilotectg.shared.InputLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The limits of {@link InputLimits} as the pages' form fields say them ({@code maxlength}, {@code min}, {@code max}), so
 * that a browser stops the user where the server would refuse: every template reads them from this one bean, e.g.
 * {@code th:maxlength="${@limits.title}"} or {@code th:min="${@limits.dateMin}" th:max="${@limits.dateMax}"}.
 */
@Component("limits")
public class FormLimits {

    /**
     * The {@code maxlength} of a kind of text ({@code title}, {@code name}, {@code longText}) or of a number of
     * characters given as text ({@code "80"}); null (no attribute) for null. Fragments take the kind as a plain string:
     * Thymeleaf evaluates fragment parameters in a restricted mode that refuses bean references.
     */
    public @Nullable Integer maxLength(@Nullable String kind) {
        if (kind == null) return null;
        return switch (kind) {
            case "title" -> InputLimits.TITLE_MAX;
            case "name" -> InputLimits.NAME_MAX;
            case "longText" -> InputLimits.LONG_TEXT_MAX;
            default -> Integer.valueOf(kind);
        };
    }

    public int getTitle() {
        return InputLimits.TITLE_MAX;
    }

    public int getName() {
        return InputLimits.NAME_MAX;
    }

    public int getLongText() {
        return InputLimits.LONG_TEXT_MAX;
    }

    public int getPlaces() {
        return InputLimits.PLACES_MAX;
    }

    /** The largest amount in euros, as an input's {@code max}. */
    public String getAmountMax() {
        return Euros.MAX.toPlainString();
    }

    /** An amount to the cent, as an input's {@code step}. */
    public String getAmountStep() {
        return "0.01";
    }

    public int getYearMin() {
        return InputLimits.YEAR_MIN;
    }

    public int getYearMax() {
        return InputLimits.YEAR_MAX;
    }

    /** The first day a date field accepts, as {@code <input type="date" min>} reads it. */
    public String getDateMin() {
        return InputLimits.YEAR_MIN + "-01-01";
    }

    public String getDateMax() {
        return InputLimits.YEAR_MAX + "-12-31";
    }
}
