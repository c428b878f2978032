package fr.pilotectg.convention.domain;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a bulk import of conventions: what each convention of the file would create (or created), and every
 * problem with its sheet, line, column, stable code and French message. {@code committed} only when every convention
 * was saved; with any problem nothing is.
 */
public record ConventionImportReport(
        String filename, boolean dryRun, boolean committed, List<Line> conventions, List<Problem> problems) {

    public ConventionImportReport {
        conventions = List.copyOf(conventions);
        problems = List.copyOf(problems);
    }

    /**
     * One convention of the file: its reference and line in the « Conventions » sheet, title, whether it is recorded
     * as signed (or as a draft), the counts of what it holds, its problems, and its id once saved (null otherwise).
     */
    public record Line(
            String reference,
            int line,
            String title,
            boolean signed,
            int signatories,
            int communes,
            int epcis,
            int themes,
            int axes,
            int fiches,
            int problems,
            UUID id) {}

    /** A problem: sheet, line (0 for the whole sheet), column header ("" for the whole row), code, French message. */
    public record Problem(String sheet, int line, String column, String code, String message) {}

    public boolean ok() {
        return problems.isEmpty();
    }
}
