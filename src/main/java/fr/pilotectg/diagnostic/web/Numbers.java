package fr.pilotectg.diagnostic.web;

import fr.pilotectg.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;

/** Reads a number typed in a French form ("24 882", "68,4"): blank is null, anything else not a number is a field problem. */
final class Numbers {

    private Numbers() {}

    static BigDecimal parse(String text, String field, String code, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        String clean = text.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, code, text.strip()));
            return null;
        }
    }

    static Integer parseYear(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("year", "FIGURE_YEAR_INVALID", fr.pilotectg.diagnostic.domain.Figure.FIRST_YEAR,
                    fr.pilotectg.diagnostic.domain.Figure.LAST_YEAR));
            return null;
        }
    }
}
