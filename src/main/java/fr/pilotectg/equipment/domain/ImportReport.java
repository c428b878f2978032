package fr.pilotectg.equipment.domain;

import java.util.List;

/**
 * What an import did or would do, line by line, in French: created, updated, unchanged or rejected and why. A dry run
 * and a commit produce the same report; {@code committed} says whether it was written.
 */
public record ImportReport(
        String filename,
        int total,
        int created,
        int updated,
        int unchanged,
        int rejected,
        int withWarnings,
        boolean committed,
        List<Line> lines) {

    public enum Outcome {
        CREATE,
        UPDATE,
        UNCHANGED,
        REJECT
    }

    /** A French message about a line: an error rejects it, a warning does not. */
    public record Message(boolean error, String code, String text) {}

    public record Line(int line, Outcome outcome, String name, String commune, List<Message> messages) {

        public boolean hasWarnings() {
            return messages.stream().anyMatch(m -> !m.error());
        }

        public boolean noteworthy() {
            return outcome == Outcome.REJECT || !messages.isEmpty();
        }
    }

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public boolean acceptable() {
        return rejected == 0;
    }

    /** Lines with an error or a warning first (all of them), then up to {@code others} of the rest, in file order. */
    public List<Line> linesToShow(int others) {
        List<Line> noteworthy = lines.stream().filter(Line::noteworthy).toList();
        List<Line> rest =
                lines.stream().filter(l -> !l.noteworthy()).limit(others).toList();
        return java.util.stream.Stream.concat(noteworthy.stream(), rest.stream())
                .sorted(java.util.Comparator.comparingInt(Line::line))
                .toList();
    }

    public long hiddenLines(int others) {
        return Math.max(0, lines.stream().filter(l -> !l.noteworthy()).count() - others);
    }

    public ImportReport asCommitted() {
        return new ImportReport(filename, total, created, updated, unchanged, rejected, withWarnings, true, lines);
    }
}
