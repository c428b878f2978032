package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.Milestone;
import fr.pilotectg.actionplan.domain.PlanViews.FicheLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's milestones as a table of quarters (a Gantt-like view in plain HTML): one row per fiche with dated
 * milestones, one column per quarter of the years those milestones cover.
 */
record Timeline(List<Integer> years, List<Row> rows) {

    record Cell(int year, int quarter, List<Milestone> milestones) {

        boolean empty() {
            return milestones.isEmpty();
        }
    }

    record Row(FicheLine line, List<Cell> cells) {}

    static Timeline of(List<FicheLine> lines, LocalDate today) {
        List<LocalDate> dates = lines.stream()
                .flatMap(l -> l.fiche().content().milestones().stream())
                .filter(m -> m.dueOn() != null)
                .map(m -> java.util.Objects.requireNonNull(m.dueBy()))
                .toList();
        if (dates.isEmpty()) return new Timeline(List.of(), List.of());
        int first = dates.stream().mapToInt(LocalDate::getYear).min().orElseThrow();
        int last = dates.stream().mapToInt(LocalDate::getYear).max().orElseThrow();
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last; y++) years.add(y);
        List<Row> rows = new ArrayList<>();
        for (FicheLine line : lines) {
            List<Milestone> milestones = line.fiche().content().milestones().stream()
                    .filter(m -> m.dueOn() != null)
                    .toList();
            if (milestones.isEmpty()) continue;
            List<Cell> cells = new ArrayList<>();
            for (int y : years) {
                for (int q = 1; q <= 4; q++) {
                    int year = y;
                    int quarter = q;
                    cells.add(new Cell(
                            y,
                            q,
                            milestones.stream()
                                    .filter(m -> inQuarter(java.util.Objects.requireNonNull(m.dueBy()), year, quarter))
                                    .toList()));
                }
            }
            rows.add(new Row(line, cells));
        }
        return new Timeline(years, rows);
    }

    /** An échéance known by its year or month falls in the quarter of its last possible day. */
    private static boolean inQuarter(LocalDate dueBy, int year, int quarter) {
        return dueBy.getYear() == year && (dueBy.getMonthValue() - 1) / 3 + 1 == quarter;
    }
}
