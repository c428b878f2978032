package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.Figure;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.util.List;

/** The diagnostic forms' numbers ({@link FrenchNumbers}): blank is null, anything else not a number is a field problem. */
final class Numbers {

    private Numbers() {}

    static BigDecimal parse(String text, String field, String code, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        var number = FrenchNumbers.parse(text);
        if (number.isEmpty()) problems.add(FieldProblem.of(field, code, text.strip()));
        return number.orElse(null);
    }

    static Integer parseYear(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("year", "FIGURE_YEAR_INVALID", Figure.FIRST_YEAR, Figure.LAST_YEAR));
            return null;
        }
    }
}
