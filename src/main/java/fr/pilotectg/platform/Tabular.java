package fr.pilotectg.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cells of an uploaded CSV or XLSX (first sheet): the header row (the first non-blank one) and the data rows after
 * it, blank rows left out. Each row keeps its line number in the file (the header of a usual file is line 1), which is
 * what a person sees in a spreadsheet. No header means an empty file.
 */
public record Tabular(String filename, List<String> headers, List<Row> rows) {

    public Tabular {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return headers.isEmpty();
    }

    /** A data row; cells are as read (not trimmed), {@code null} for a cell the row does not have. */
    public record Row(int line, @Nullable String[] cells) {

        /** The trimmed cell, or {@code null} when absent or blank. */
        public @Nullable String cell(@Nullable Integer column) {
            if (column == null || column < 0 || column >= cells.length) return null;
            String value = cells[column];
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
