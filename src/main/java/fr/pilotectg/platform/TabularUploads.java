package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one way an uploaded table (CSV or XLSX) is read, by every import: the limits of {@link UploadLimits} are checked
 * before the import's work starts, XLSX files are read by streaming (fastexcel, ADR 0015) after their zip has been
 * inspected for bombs, and a refused file raises a {@link DomainException} with a stable {@code UPLOAD_*} code and a
 * French message naming the limit: {@code UPLOAD_TOO_LARGE} (413), {@code UPLOAD_TOO_MANY_ROWS},
 * {@code UPLOAD_TOO_MANY_COLUMNS}, {@code UPLOAD_CELL_TOO_LONG}, {@code UPLOAD_LINE_TOO_LONG}, {@code UPLOAD_ZIP_BOMB},
 * {@code UPLOAD_ZIP_TOO_MANY_ENTRIES}, {@code UPLOAD_NOT_A_SPREADSHEET} (422).
 */
@Component
@EnableConfigurationProperties(UploadSettings.class)
public class TabularUploads {

    private final UploadSettings settings;

    TabularUploads(UploadSettings settings) {
        this.settings = settings;
    }

    /** The limits of one import, its defaults for bytes and rows overridden by {@code pilote.upload.imports.<purpose>}. */
    public UploadLimits limits(String purpose, DataSize defaultMaxFileSize, int defaultMaxRows) {
        UploadSettings.Purpose configured = settings.imports().get(purpose);
        DataSize bytes =
                configured == null || configured.maxFileSize() == null ? defaultMaxFileSize : configured.maxFileSize();
        int rows = configured == null || configured.maxRows() == null ? defaultMaxRows : configured.maxRows();
        return new UploadLimits(
                purpose,
                bytes,
                rows,
                settings.maxColumns(),
                settings.maxCellLength(),
                settings.maxLineLength(),
                settings.maxZipEntries(),
                settings.maxEntrySize(),
                settings.minInflateRatio());
    }

    /** Refuses a file whose declared size is over the limit, before a byte of it is read. */
    public void checkSize(UploadLimits limits, long bytes) {
        if (bytes > limits.maxFileSize().toBytes()) throw tooLarge(bytes, limits);
    }

    /**
     * Reads an XLSX (first sheet; recognised by its zip signature) or a CSV (UTF-8, or Windows-1252 when the bytes are not
     * UTF-8; separator ";", "," or tab guessed from the first line). An empty file gives an empty table (no header).
     */
    public Tabular read(UploadLimits limits, Upload upload) {
        return readFile(limits, upload, false).values().iterator().next();
    }

    /**
     * Reads every sheet of an XLSX workbook (by sheet name, in the workbook's order), the row limit counting the rows
     * of all sheets; anything but an XLSX is refused ({@code UPLOAD_NOT_A_SPREADSHEET}). An empty file gives no sheet.
     */
    public java.util.Map<String, Tabular> readSheets(UploadLimits limits, Upload upload) {
        return readFile(limits, upload, true);
    }

    private java.util.Map<String, Tabular> readFile(UploadLimits limits, Upload upload, boolean allSheets) {
        checkSize(limits, upload.size());
        Path temp = null;
        try {
            temp = Files.createTempFile("pilote-upload-", ".bin");
            long bytes = copyAtMost(upload, temp, limits);
            if (bytes == 0)
                return allSheets
                        ? java.util.Map.of()
                        : java.util.Map.of(
                                "", new Tabular(upload.filename(), java.util.List.of(), java.util.List.of()));
            byte[] head = new byte[8];
            int read;
            try (InputStream in = Files.newInputStream(temp)) {
                read = in.readNBytes(head, 0, head.length);
            }
            String lower = upload.filename().toLowerCase(Locale.ROOT);
            boolean zip = read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            boolean ole2 = read >= 4
                    && (head[0] & 0xFF) == 0xD0
                    && (head[1] & 0xFF) == 0xCF
                    && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0;
            if (zip) {
                ZipGuard.inspect(temp, upload.filename(), limits);
                return allSheets
                        ? XlsxTable.readAll(temp, upload.filename(), limits)
                        : java.util.Map.of("", XlsxTable.read(temp, upload.filename(), limits));
            }
            if (allSheets || ole2 || lower.endsWith(".xls") || lower.endsWith(".xlsx") || lower.endsWith(".xlsm"))
                throw notASpreadsheet(upload.filename());
            return java.util.Map.of("", CsvTable.read(temp, upload.filename(), limits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        }
    }

    /** Copies the upload to a temporary file, refusing it as soon as it goes over the limit (whatever size it declared). */
    private static long copyAtMost(Upload upload, Path target, UploadLimits limits) throws IOException {
        long max = limits.maxFileSize().toBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = upload.content().getInputStream();
                OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) throw tooLarge(total, limits);
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    static DomainException tooLarge(long bytes, UploadLimits limits) {
        return new DomainException(
                ErrorKind.TOO_LARGE,
                "UPLOAD_TOO_LARGE",
                megabytes(limits.maxFileSize().toBytes()),
                megabytes(bytes));
    }

    static DomainException notASpreadsheet(String filename) {
        return DomainException.rule("UPLOAD_NOT_A_SPREADSHEET", filename);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.FRANCE, "%.1f", bytes / 1_048_576.0);
    }
}
