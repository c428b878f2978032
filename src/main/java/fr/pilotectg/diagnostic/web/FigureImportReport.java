package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.FigureCsv;
import fr.pilotectg.diagnostic.domain.FigureKind;
import fr.pilotectg.diagnostic.domain.FigureScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The line-by-line report of a CSV of Caf figures, with each problem said in French, as the page and the API show it.
 *
 * @param imported true once the figures are saved (never for a dry run)
 * @param version the diagnostic's version after the import (or as read, for a dry run)
 */
public record FigureImportReport(boolean imported, int accepted, int rejected, List<Line> lines, int version) {

    /** One data line of the file and what is wrong with it (nothing when accepted). */
    public record Line(
            int line,
            String text,
            FigureScope scope,
            FigureKind kind,
            BigDecimal value,
            Integer year,
            String source,
            List<Problem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** A problem of a line: the column, a stable code and its French message. */
    public record Problem(String field, String code, String message) {}

    static FigureImportReport of(List<FigureCsv.Row> rows, boolean imported, int version, MessageSource messages) {
        List<Line> lines = rows.stream()
                .map(r -> new Line(
                        r.line(),
                        r.text(),
                        r.figure() == null ? null : r.figure().scope(),
                        r.figure() == null ? null : r.figure().kind(),
                        r.figure() == null ? null : r.figure().value(),
                        r.figure() == null ? null : r.figure().year(),
                        r.figure() == null ? null : r.figure().source(),
                        r.problems().stream()
                                .map(p -> new Problem(
                                        p.field(),
                                        p.code(),
                                        messages.getMessage(
                                                p.messageKey(), p.args().toArray(), p.code(), Locale.FRANCE)))
                                .toList()))
                .toList();
        int accepted = (int) lines.stream().filter(Line::accepted).count();
        return new FigureImportReport(imported, accepted, lines.size() - accepted, lines, version);
    }
}
