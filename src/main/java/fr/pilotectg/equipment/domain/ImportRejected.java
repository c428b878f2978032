package fr.pilotectg.equipment.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.util.List;

/** An import refused because some lines are wrong: nothing was written; the report says which lines and why. */
public class ImportRejected extends DomainException {

    private final transient ImportReport report;

    public ImportRejected(ImportReport report) {
        super(ErrorKind.RULE_VIOLATION, "IMPORT_REJECTED", List.of(report.rejected()), List.of());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
