package fr.pilotectg.actionplan.domain;

import fr.pilotectg.shared.FieldProblem;
import java.util.List;

/** The outcome of a bulk import: each line with its problems; {@code committed} when every fiche was created. */
public record ImportReport(List<LineResult> lines, boolean committed) {

    public record LineResult(int lineNumber, String title, List<FieldProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public boolean allOk() {
        return lines.stream().allMatch(LineResult::ok);
    }

    public long errorCount() {
        return lines.stream().filter(l -> !l.ok()).count();
    }
}
