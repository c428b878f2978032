package fr.pilotectg.equipment.domain;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one access-free write a start-up loader (the {@code demo} package) needs that only this package can do: the
 * register's own import run with no user signed in. Nothing in production calls it.
 */
@Component
public class EquipmentSeeding {

    private final EquipmentImporter importer;

    EquipmentSeeding(EquipmentImporter importer) {
        this.importer = importer;
    }

    /** Imports a table as the system (no access check), as {@link EquipmentImporter#commit} does for a user. */
    @Transactional
    public ImportReport importAsSystem(ImportTable table, ColumnMapping mapping) {
        return importer.commitAsSystem(table, mapping);
    }
}
