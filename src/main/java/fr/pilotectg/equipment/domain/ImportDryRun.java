package fr.pilotectg.equipment.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks a register file line by line and says what an import would do; writes nothing. */
@Service
public class ImportDryRun {

    private final ImportPlanner planner;

    ImportDryRun(ImportPlanner planner) {
        this.planner = planner;
    }

    @Transactional(readOnly = true)
    public ImportReport run(ImportTable table, ColumnMapping mapping, ImportProgress progress) {
        ImportFiles.requireImporter();
        return planner.plan(table, mapping, progress, 2 * table.rows().size(), false)
                .report(table.filename());
    }
}
