package fr.pilotectg.evaluation.domain;

import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.InputLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as people type it ("12,5", "1 200", "68,4 %", "3 places") and checks it against an indicator's unit:
 * a unit typed after the number must be the indicator's, a percentage lies between 0 and 100, a count is not negative.
 * The number itself is read by {@link FrenchNumbers}; this class splits it from the unit and checks the unit.
 */
public final class Numbers {

    private static final Pattern TYPED =
            Pattern.compile("([+-]?\\s*[0-9][0-9 \\u00a0\\u202f]*(?:[.,][0-9]+)?)\\s*(.*)");

    /** The largest value an indicator takes, in any unit (far above any count or amount of a territory). */
    static final long MAX = 1_000_000_000_000L;

    private Numbers() {}

    /** The value, or null with a problem added to {@code problems} (a blank text is null without a problem). */
    public static BigDecimal read(
            String field, String text, IndicatorUnit unit, String declaredUnit, List<FieldProblem> problems) {
        return read(field, text, unit, false, declaredUnit, problems);
    }

    /** As {@link #read(String, String, IndicatorUnit, String, List)}, a value of a {@code signed} indicator may be negative. */
    public static BigDecimal read(
            String field,
            String text,
            IndicatorUnit unit,
            boolean signed,
            String declaredUnit,
            List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        // « −12 % » is typed with the minus sign (U+2212) or an en dash as often as with a hyphen.
        Matcher m = TYPED.matcher(text.strip().replace('\u2212', '-').replace('\u2013', '-'));
        if (!m.matches()) {
            problems.add(FieldProblem.of(field, EvaluationErrors.NOT_NUMERIC, text.strip()));
            return null;
        }
        BigDecimal value = FrenchNumbers.parse(m.group(1)).orElse(null);
        if (value == null) {
            problems.add(FieldProblem.of(field, EvaluationErrors.NOT_NUMERIC, text.strip()));
            return null;
        }
        String suffix = m.group(2);
        IndicatorUnit typed = null;
        if (!suffix.isBlank()) {
            typed = IndicatorUnit.ofSuffix(suffix);
            if (typed == null && unit == IndicatorUnit.OTHER) typed = IndicatorUnit.OTHER;
            if (typed == null) {
                problems.add(FieldProblem.of(field, EvaluationErrors.NOT_NUMERIC, text.strip()));
                return null;
            }
        }
        if (typed == null && declaredUnit != null && !declaredUnit.isBlank()) {
            try {
                typed = IndicatorUnit.valueOf(declaredUnit.strip());
            } catch (IllegalArgumentException e) {
                typed = IndicatorUnit.ofSuffix(declaredUnit);
            }
            if (typed == null) {
                problems.add(FieldProblem.of(field, EvaluationErrors.UNIT_MISMATCH, declaredUnit.strip()));
                return null;
            }
        }
        if (unit != null && typed != null && typed != unit) {
            problems.add(FieldProblem.of(field, EvaluationErrors.UNIT_MISMATCH, typed.name()));
            return null;
        }
        if (unit != null && !check(field, value, unit, signed, problems)) return null;
        return value;
    }

    /** Checks a value against its unit; false with a problem added when it does not fit. */
    static boolean check(String field, BigDecimal value, IndicatorUnit unit, List<FieldProblem> problems) {
        return check(field, value, unit, false, problems);
    }

    /** A value of a {@code signed} indicator (a change, a difference) may be negative, and a change in % above 100. */
    static boolean check(
            String field, BigDecimal value, IndicatorUnit unit, boolean signed, List<FieldProblem> problems) {
        List<FieldProblem> range =
                InputLimits.check().number(field, value, -MAX, MAX).problems();
        if (!range.isEmpty()) {
            problems.addAll(range);
            return false;
        }
        if (signed || unit.alwaysSigned()) return true;
        if (unit == IndicatorUnit.PERCENT && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(FieldProblem.of(field, EvaluationErrors.PERCENT_OUT_OF_RANGE, value.toPlainString()));
            return false;
        }
        if (unit != IndicatorUnit.EUROS
                && unit != IndicatorUnit.PERCENT
                && unit != IndicatorUnit.OTHER
                && value.signum() < 0) {
            problems.add(FieldProblem.of(field, EvaluationErrors.NEGATIVE, value.toPlainString()));
            return false;
        }
        return true;
    }
}
