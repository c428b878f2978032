package fr.pilotectg.equipment.domain;

import fr.pilotectg.platform.Upload;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access-free reads and writes a start-up loader (the {@code demo} package) needs that only this package can do:
 * the register's own import run with no user signed in. Nothing in production calls it.
 */
@Component
public class EquipmentSeeding {

    private final ImportFiles files;
    private final ImportCommit importer;

    EquipmentSeeding(ImportFiles files, ImportCommit importer) {
        this.files = files;
        this.importer = importer;
    }

    /** Reads a bundled file (within the register's limits) with no user signed in. */
    public ImportTable readAsSystem(Upload upload) {
        return files.readAsSystem(upload);
    }

    /** Imports a table as the system (no access check), as {@link ImportCommit} does for a user. */
    @Transactional
    public ImportReport importAsSystem(ImportTable table, ColumnMapping mapping) {
        return importer.commitAsSystem(table, mapping);
    }
}
