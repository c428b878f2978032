package fr.pilotectg.equipment.domain;

import fr.pilotectg.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded register file into cells: an XLSX workbook (first sheet) or a CSV (UTF-8, or Windows-1252 when the
 * bytes are not UTF-8; separator ";", "," or tab, guessed from the header line). Empty rows are skipped. A file that
 * claims to be XLSX and is not, or that exceeds the configured limits, is refused with a French message.
 */
@Component
public class SpreadsheetReader {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final ImportSettings settings;

    SpreadsheetReader(ImportSettings settings) {
        this.settings = settings;
    }

    public ImportSettings settings() {
        return settings;
    }

    /** Refuses a file over the size limit before reading it. */
    public void checkSize(long bytes) {
        long max = settings.maxFileSize().toBytes();
        if (bytes > max) {
            throw DomainException.invalid("IMPORT_FILE_TOO_LARGE", megabytes(bytes), megabytes(max));
        }
    }

    public ImportTable read(String filename, byte[] content) {
        String name = filename == null || filename.isBlank() ? "fichier" : filename;
        checkSize(content.length);
        if (content.length == 0) throw DomainException.invalid("IMPORT_FILE_EMPTY");
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        boolean ole2 = content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF && (content[2] & 0xFF) == 0x11
                && (content[3] & 0xFF) == 0xE0;
        String lower = name.toLowerCase(Locale.ROOT);
        if (ole2 || lower.endsWith(".xls")) throw DomainException.invalid("IMPORT_XLS_UNSUPPORTED", name);
        if (zip || lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            if (!zip) throw DomainException.invalid("IMPORT_NOT_XLSX", name);
            return xlsx(name, content);
        }
        return csv(name, content);
    }

    private ImportTable xlsx(String name, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) throw DomainException.invalid("IMPORT_FILE_EMPTY");
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.FRANCE);
            List<String> headers = null;
            List<ImportTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                int width = Math.max(row.getLastCellNum(), headers == null ? 0 : headers.size());
                String[] cells = new String[Math.max(width, 0)];
                boolean blank = true;
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = text(row.getCell(c), formatter);
                    if (cells[c] != null && !cells[c].isBlank()) blank = false;
                }
                if (blank) continue;
                if (headers == null) {
                    headers = headerList(cells);
                } else {
                    rows.add(new ImportTable.Row(row.getRowNum() + 1, cells));
                    checkRows(rows.size());
                }
            }
            if (headers == null) throw DomainException.invalid("IMPORT_FILE_EMPTY");
            return new ImportTable(name, headers, rows);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI raises NotOfficeXmlFileException, InvalidFormatException wrapped in POIXMLException, zip errors…
            throw DomainException.invalid("IMPORT_NOT_XLSX", name);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) return null;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) return FRENCH_DATE.format(cell.getLocalDateTimeCellValue().toLocalDate());
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) return cell.getBooleanCellValue() ? "oui" : "non";
        if (type == CellType.STRING) return cell.getStringCellValue();
        return formatter.formatCellValue(cell);
    }

    private ImportTable csv(String name, byte[] content) {
        String text = decode(content, name);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char delimiter = delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<ImportTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                String[] cells = record.values();
                boolean blank = true;
                for (String cell : cells) {
                    if (cell != null && !cell.isBlank()) {
                        blank = false;
                        break;
                    }
                }
                if (blank) continue;
                if (headers == null) {
                    headers = headerList(cells);
                } else {
                    rows.add(new ImportTable.Row((int) record.getRecordNumber(), cells));
                    checkRows(rows.size());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) throw d;
            throw DomainException.invalid("IMPORT_NOT_TEXT", name);
        }
        if (headers == null) throw DomainException.invalid("IMPORT_FILE_EMPTY");
        return new ImportTable(name, headers, rows);
    }

    private void checkRows(int count) {
        if (count > settings.maxRows()) throw DomainException.invalid("IMPORT_TOO_MANY_ROWS", count, settings.maxRows());
    }

    private static List<String> headerList(String[] cells) {
        List<String> headers = new ArrayList<>();
        for (String cell : cells) headers.add(cell == null ? "" : cell.replace('\uFEFF', ' ').trim());
        return headers;
    }

    private static char delimiter(String line) {
        int semicolons = count(line, ';');
        int commas = count(line, ',');
        int tabs = count(line, '\t');
        if (tabs > semicolons && tabs > commas) return '\t';
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == c) n++;
        return n;
    }

    private static String decode(byte[] content, String name) {
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            if (content[i] == 0) throw DomainException.invalid("IMPORT_NOT_TEXT", name);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.FRANCE, "%.1f", bytes / 1_048_576.0);
    }
}
