package fr.pilotectg.equipment.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the register's import: {@code pilote.equipment.import.max-file-size} (default 20 MB) and
 * {@code max-rows} (default 200 000).
 */
@ConfigurationProperties("pilote.equipment.import")
public record ImportSettings(DataSize maxFileSize, Integer maxRows) {

    public ImportSettings {
        if (maxFileSize == null) maxFileSize = DataSize.ofMegabytes(20);
        if (maxRows == null) maxRows = 200_000;
    }
}
