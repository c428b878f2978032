package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Streams the first sheet of an XLSX (already inspected by {@link ZipGuard}) row by row: numbers as plain decimals
 * ("12", "50.69285"), date-formatted numbers as "31/12/2024", booleans as "oui"/"non", formulas by their cached value.
 */
final class XlsxTable {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private XlsxTable() {}

    static Tabular read(Path file, String filename, UploadLimits limits) {
        TableBuilder table = new TableBuilder(filename, limits);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            readSheet(workbook.getFirstSheet(), table);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // fastexcel raises ExcelReaderException, XMLStreamException wrapped, zip errors…
            throw TabularUploads.notASpreadsheet(filename);
        }
        return table.build();
    }

    /**
     * Every sheet of the workbook by its name (trimmed), in the workbook's order; the row limit counts the rows of all
     * the sheets together.
     */
    static java.util.Map<String, Tabular> readAll(Path file, String filename, UploadLimits limits) {
        var sheets = new java.util.LinkedHashMap<String, Tabular>();
        int[] rowsOfFile = new int[1];
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                TableBuilder table = new TableBuilder(filename, limits, rowsOfFile);
                readSheet(sheet, table);
                sheets.put(sheet.getName().strip(), table.build());
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw TabularUploads.notASpreadsheet(filename);
        }
        return sheets;
    }

    private static void readSheet(Sheet sheet, TableBuilder table) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> iterator = rows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                int width = width(row);
                table.checkColumns(row.getRowNum(), width);
                String[] cells = new String[width];
                for (int c = 0; c < width; c++) cells[c] = text(row.getCell(c));
                table.add(row.getRowNum(), cells);
            }
        }
    }

    private static int width(Row row) {
        int width = row.getCellCount();
        while (width > 0) {
            Cell last = row.getCell(width - 1);
            if (last != null
                    && last.getRawValue() != null
                    && !last.getRawValue().isEmpty()) break;
            width--;
        }
        return width;
    }

    private static @Nullable String text(@Nullable Cell cell) {
        if (cell == null || cell.getRawValue() == null) return null;
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case BOOLEAN ->
                "1".equals(cell.getRawValue()) || "true".equalsIgnoreCase(cell.getRawValue()) ? "oui" : "non";
            case STRING -> cell.getText();
            case EMPTY -> null;
            default -> cell.getRawValue();
        };
    }

    private static String number(Cell cell) {
        Integer format = cell.getDataFormatId();
        if (format != null && DateUtil.isADateFormat(format, cell.getDataFormatString())) {
            try {
                return FRENCH_DATE.format(cell.asDate().toLocalDate());
            } catch (RuntimeException e) {
                return cell.getRawValue();
            }
        }
        try {
            return new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return cell.getRawValue();
        }
    }
}
