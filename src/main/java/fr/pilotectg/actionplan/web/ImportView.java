package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.ImportReport;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** An import report as pages and API clients read it: each line with its problems in French. */
record ImportView(boolean committed, boolean allOk, int lineCount, long errorCount, List<Line> lines) {

    record Line(int lineNumber, String title, boolean ok, List<Problem> problems) {}

    record Problem(String field, String code, String message) {}

    static ImportView of(ImportReport report, MessageSource messages) {
        List<Line> lines = report.lines().stream()
                .map(l -> new Line(
                        l.lineNumber(),
                        l.title(),
                        l.ok(),
                        l.problems().stream()
                                .map(p -> new Problem(
                                        p.field(),
                                        p.code(),
                                        messages.getMessage(
                                                p.messageKey(), p.args().toArray(), p.code(), Locale.FRANCE)))
                                .toList()))
                .toList();
        return new ImportView(report.committed(), report.allOk(), lines.size(), report.errorCount(), lines);
    }
}
