package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Inflates every entry of an uploaded XLSX once, without keeping anything, before the workbook is opened: too many
 * entries, an entry larger than the limit once inflated, or one that inflates more than {@code 1 / minInflateRatio}
 * times its compressed size (POI's {@code ZipSecureFile} rule, which the streaming reader does not have) refuses the file.
 */
final class ZipGuard {

    /** Small entries may inflate a lot (an empty sheet, styles): the ratio is checked past this size only. */
    private static final long RATIO_GRACE = 1024 * 1024;

    private ZipGuard() {}

    static void inspect(Path file, String filename, UploadLimits limits) throws IOException {
        long maxEntry = limits.maxEntrySize().toBytes();
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > limits.maxZipEntries()) {
                    throw DomainException.rule("UPLOAD_ZIP_TOO_MANY_ENTRIES", filename, limits.maxZipEntries());
                }
                if (entry.isDirectory()) continue;
                long compressed = Math.max(0, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        if (inflated > maxEntry
                                || inflated > RATIO_GRACE
                                        && (double) compressed / inflated < limits.minInflateRatio()) {
                            throw DomainException.rule(
                                    "UPLOAD_ZIP_BOMB",
                                    filename,
                                    TabularUploads.megabytes(maxEntry),
                                    Math.round(1 / limits.minInflateRatio()));
                        }
                    }
                }
            }
            if (entries == 0) throw TabularUploads.notASpreadsheet(filename);
        } catch (ZipException e) {
            throw TabularUploads.notASpreadsheet(filename);
        }
    }
}
