package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One figure of the diagnostic, always with its source and the year it describes, and whether it was entered by hand.
 *
 * @param note an optional remark (e.g. "le texte ne date pas les chiffres")
 */
public record Figure(
        FigureScope scope,
        FigureKind kind,
        BigDecimal value,
        Integer year,
        String source,
        FigureOrigin origin,
        String note) {

    public static final int FIRST_YEAR = 1960;
    /** The largest figure (a population, an amount, a count): far above any territory. */
    public static final long MAX_VALUE = 1_000_000_000_000L;

    public static final int LAST_YEAR = 2100;

    /** Checks a figure as someone sends it; throws {@code VALIDATION_FAILED} with one problem per field. */
    public static Figure checked(
            FigureScope scope,
            FigureKind kind,
            BigDecimal value,
            Integer year,
            String source,
            FigureOrigin origin,
            String note) {
        List<FieldProblem> problems = new ArrayList<>();
        if (scope == null) problems.add(FieldProblem.of("scope", "FIGURE_SCOPE_REQUIRED"));
        if (kind == null) problems.add(FieldProblem.of("kind", "FIGURE_KIND_REQUIRED"));
        if (value == null) {
            problems.add(FieldProblem.of("value", "FIGURE_VALUE_REQUIRED"));
        } else if (value.signum() < 0) {
            problems.add(FieldProblem.of("value", "FIGURE_NEGATIVE"));
        } else if (kind != null
                && kind.measure() == FigureKind.Measure.COUNT
                && value.stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.of("value", "FIGURE_NOT_WHOLE"));
        } else if (kind == FigureKind.CAF_COVERED_SHARE && value.compareTo(Rates.HUNDRED) > 0) {
            problems.add(FieldProblem.of("value", "FIGURE_SHARE_OVER_100"));
        }
        if (year == null) {
            problems.add(FieldProblem.of("year", "FIGURE_YEAR_REQUIRED"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(FieldProblem.of("year", "FIGURE_YEAR_INVALID", FIRST_YEAR, LAST_YEAR));
        }
        if (source == null || source.isBlank()) problems.add(FieldProblem.of("source", "FIGURE_SOURCE_REQUIRED"));
        problems.addAll(InputLimits.check()
                .number("value", value != null && value.signum() >= 0 ? value : null, 0, MAX_VALUE)
                .name("source", source)
                .longText("note", note)
                .problems());
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Figure(
                scope,
                kind,
                value,
                year,
                source.strip(),
                origin == null ? FigureOrigin.ENTERED : origin,
                note == null || note.isBlank() ? null : note.strip());
    }

    public boolean entered() {
        return origin == FigureOrigin.ENTERED;
    }

    public boolean sameSlot(FigureScope otherScope, FigureKind otherKind) {
        return scope == otherScope && kind == otherKind;
    }
}
