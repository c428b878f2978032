package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the rows of a file while they are read, refusing it at the first row, column or cell over the limits. */
final class TableBuilder {

    private final String filename;
    private final UploadLimits limits;
    private @Nullable List<String> headers;
    private final List<Tabular.Row> rows = new ArrayList<>();
    private final int[] rowsOfFile;

    TableBuilder(String filename, UploadLimits limits) {
        this(filename, limits, new int[1]);
    }

    /** A table of a workbook whose sheets share the file's row limit: {@code rowsOfFile[0]} counts them all. */
    TableBuilder(String filename, UploadLimits limits, int[] rowsOfFile) {
        this.filename = filename;
        this.limits = limits;
        this.rowsOfFile = rowsOfFile;
    }

    /** The number of cells up to the last non-blank one. */
    static int width(String[] cells) {
        int width = cells.length;
        while (width > 0 && (cells[width - 1] == null || cells[width - 1].isBlank())) width--;
        return width;
    }

    void checkColumns(int line, int columns) {
        if (columns > limits.maxColumns())
            throw DomainException.rule("UPLOAD_TOO_MANY_COLUMNS", line, columns, limits.maxColumns());
    }

    void add(int line, String[] cells) {
        int width = width(cells);
        if (width == 0) return;
        checkColumns(line, width);
        for (int c = 0; c < width; c++) {
            if (cells[c] != null && cells[c].length() > limits.maxCellLength()) {
                throw DomainException.rule("UPLOAD_CELL_TOO_LONG", line, column(c), limits.maxCellLength());
            }
        }
        String[] kept = width == cells.length ? cells : java.util.Arrays.copyOf(cells, width);
        if (headers == null) {
            headers = new ArrayList<>();
            for (String cell : kept)
                headers.add(cell == null ? "" : cell.replace('\uFEFF', ' ').strip());
            return;
        }
        if (rowsOfFile[0] == limits.maxRows()) throw DomainException.rule("UPLOAD_TOO_MANY_ROWS", limits.maxRows());
        rowsOfFile[0]++;
        rows.add(new Tabular.Row(line, kept));
    }

    Tabular build() {
        return new Tabular(filename, headers == null ? List.of() : headers, rows);
    }

    /** A column as a spreadsheet names it: A, B, … Z, AA… */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) name.insert(0, (char) ('A' + (i - 1) % 26));
        return name.toString();
    }
}
