package fr.pilotectg.platform;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits of every upload ({@code pilote.upload.*}); see the README. Each import names its purpose and gives its
 * own defaults for bytes and rows, which {@code pilote.upload.imports.<purpose>.max-file-size} and {@code .max-rows}
 * override.
 */
@ConfigurationProperties("pilote.upload")
public record UploadSettings(
        Integer maxColumns,
        Integer maxCellLength,
        Integer maxLineLength,
        Integer maxZipEntries,
        DataSize maxEntrySize,
        Double minInflateRatio,
        Map<String, Purpose> imports) {

    public record Purpose(DataSize maxFileSize, Integer maxRows) {}

    public UploadSettings {
        if (maxColumns == null) maxColumns = 100;
        if (maxCellLength == null) maxCellLength = 20_000;
        if (maxLineLength == null) maxLineLength = 100_000;
        if (maxZipEntries == null) maxZipEntries = 1_000;
        if (maxEntrySize == null) maxEntrySize = DataSize.ofMegabytes(250);
        if (minInflateRatio == null) minInflateRatio = 0.01;
        imports = imports == null ? Map.of() : Map.copyOf(imports);
    }
}
