package fr.pilotectg.equipment.domain;

import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Role;
import fr.pilotectg.platform.TabularUploads;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.platform.UploadLimits;
import fr.pilotectg.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Receives a register file: checks that the user may import at all (a reader may not: 403, before a byte is read), then
 * reads it through the platform's {@link TabularUploads} within the register's limits
 * ({@code pilote.upload.imports.equipment.*}: 20 MB and 200 000 rows by default).
 */
@Service
public class ImportFiles {

    static final String PURPOSE = "equipment";

    private final TabularUploads uploads;

    ImportFiles(TabularUploads uploads) {
        this.uploads = uploads;
    }

    public UploadLimits limits() {
        return uploads.limits(PURPOSE, DataSize.ofMegabytes(20), 200_000);
    }

    /** The cells of an uploaded file, or a refusal: 403, a limit (413/422 {@code UPLOAD_*}), an empty file. */
    public ImportTable read(Upload upload) {
        requireImporter();
        return table(upload);
    }

    /** The same for a start-up task (demo data), with no user signed in. */
    ImportTable readAsSystem(Upload upload) {
        return table(upload);
    }

    private ImportTable table(Upload upload) {
        ImportTable table = ImportTable.of(uploads.read(limits(), upload));
        if (table.headers().isEmpty()) throw DomainException.invalid("IMPORT_FILE_EMPTY");
        return table;
    }

    /** A reader changes nothing, so imports nothing, not even as a dry run; other roles are checked line by line. */
    static void requireImporter() {
        if (CurrentUser.require().role() == Role.READER) throw AccessControl.denied();
    }
}
