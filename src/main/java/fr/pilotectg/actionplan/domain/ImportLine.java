package fr.pilotectg.actionplan.domain;

import fr.pilotectg.shared.FieldProblem;
import java.util.List;

/**
 * One line of a bulk import of fiches, as read from the file: its line number, the axis named (title or number), the
 * fiche's content and progress, and what could not even be read (a date that is not a date).
 */
public record ImportLine(
        int lineNumber, String axis, FicheContent content, int progress, List<FieldProblem> readProblems) {

    public ImportLine {
        readProblems = readProblems == null ? List.of() : List.copyOf(readProblems);
    }
}
