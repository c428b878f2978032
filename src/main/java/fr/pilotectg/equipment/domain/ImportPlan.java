package fr.pilotectg.equipment.domain;

import fr.pilotectg.platform.AuditChange;
import java.util.ArrayList;
import java.util.List;

/** What an import will do: its report lines, the entries to create, the entries to update with their changes. */
final class ImportPlan {

    record Update(Equipment after, List<AuditChange> changes) {}

    final List<ImportReport.Line> lines = new ArrayList<>();
    final List<Equipment> creates = new ArrayList<>();
    final List<Update> updates = new ArrayList<>();
    int unchanged;

    ImportReport report(String filename) {
        int rejected = (int) lines.stream()
                .filter(l -> l.outcome() == ImportReport.Outcome.REJECT)
                .count();
        int warned = (int) lines.stream().filter(ImportReport.Line::hasWarnings).count();
        return new ImportReport(
                filename, lines.size(), creates.size(), updates.size(), unchanged, rejected, warned, false, lines);
    }
}
