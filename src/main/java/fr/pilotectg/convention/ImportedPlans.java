package fr.pilotectg.convention;

import fr.pilotectg.platform.Tabular;
import fr.pilotectg.shared.FieldProblem;
import java.util.List;
import java.util.UUID;

/**
 * SPI of the bulk import of conventions (issue 12 point 8): the plan of a convention just created by the import, in the
 * same transaction, from the rows of the « Axes » and « Fiches » sheets that name it. Implemented by the action plan
 * module, which creates each axis and fiche through its own checks and audit; the convention module only reads the
 * file and calls it, as it cannot depend on a later module.
 */
public interface ImportedPlans {

    /** The two sheets of the plan. */
    enum PlanSheet {
        AXES,
        FICHES
    }

    /** A row refused: its sheet, its line in the file, the header of the column at fault ("" for the whole row). */
    record RowProblem(PlanSheet sheet, int line, String column, FieldProblem problem) {}

    /** What was created (or would be), and every row refused. */
    record Outcome(int axes, int fiches, List<RowProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Creates the axes, then the fiches (in draft), of the convention; {@code axes} and {@code fiches} hold only its
     * rows, with the sheets' headers. Never throws for a row refused: it is listed among the problems.
     */
    Outcome create(UUID conventionId, Tabular axes, Tabular fiches);
}
