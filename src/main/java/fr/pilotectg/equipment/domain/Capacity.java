package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.CapacityView;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A capacity in force from a date: a non-negative number with at most two decimals (0,50 ETP) and its unit. */
public record Capacity(LocalDate effectiveOn, BigDecimal value, CapacityUnit unit, String source) {

    public Capacity {
        List<FieldProblem> problems = new ArrayList<>();
        if (effectiveOn == null) problems.add(FieldProblem.of("effectiveOn", "REQUIRED"));
        if (value == null) problems.add(FieldProblem.of("value", "REQUIRED"));
        else if (value.signum() < 0) problems.add(FieldProblem.of("value", "CAPACITY_NEGATIVE", value.toPlainString()));
        else if (value.stripTrailingZeros().scale() > 2)
            problems.add(FieldProblem.of("value", "CAPACITY_TOO_PRECISE", value.toPlainString()));
        else if (value.compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0)
            problems.add(FieldProblem.of("value", "CAPACITY_TOO_LARGE"));
        if (unit == null) problems.add(FieldProblem.of("unit", "REQUIRED"));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        value = normalize(value);
        source = source == null || source.isBlank() ? null : source.trim();
    }

    /** 20.00 → 20, 0.50 → 0.5 (never 2E+1). */
    public static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public boolean sameMeasure(Capacity other) {
        return other != null && value.compareTo(other.value) == 0 && unit == other.unit;
    }

    public CapacityView view() {
        return new CapacityView(effectiveOn, value, unit, source);
    }
}
