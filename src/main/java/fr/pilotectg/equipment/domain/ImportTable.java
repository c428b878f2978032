package fr.pilotectg.equipment.domain;

import fr.pilotectg.platform.Tabular;
import java.util.List;

/** The cells of an uploaded file: its header row and its data rows, each with its line number in the file. */
public record ImportTable(String filename, List<String> headers, List<Row> rows) {

    /** A data row; {@code line} counts from 1 with the header as line 1 (what a person sees in a spreadsheet). */
    public record Row(int line, String[] cells) {

        public String cell(Integer column) {
            if (column == null || column < 0 || column >= cells.length) return null;
            String value = cells[column];
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** The cells read by the platform's upload reader. */
    public static ImportTable of(Tabular table) {
        return new ImportTable(
                table.filename(),
                table.headers(),
                table.rows().stream().map(r -> new Row(r.line(), r.cells())).toList());
    }

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
