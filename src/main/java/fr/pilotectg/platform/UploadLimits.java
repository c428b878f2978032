package fr.pilotectg.platform;

import org.springframework.util.unit.DataSize;

/**
 * What one kind of upload may hold, checked before the import's work starts: bytes of the file, data rows, columns,
 * characters per cell and per CSV line, and for an XLSX (a zip) the number of entries, the size of each entry once
 * inflated and the smallest ratio compressed / inflated size (below it the file is a zip bomb).
 */
public record UploadLimits(
        String purpose,
        DataSize maxFileSize,
        int maxRows,
        int maxColumns,
        int maxCellLength,
        int maxLineLength,
        int maxZipEntries,
        DataSize maxEntrySize,
        double minInflateRatio) {}
