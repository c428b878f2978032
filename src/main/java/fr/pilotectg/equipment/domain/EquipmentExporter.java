package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.AddressView;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.equipment.QpvOrigin;
import fr.pilotectg.platform.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the filtered register as XLSX or CSV (semicolon, UTF-8 with BOM for Excel), with the import's column headers
 * so that an exported file imports back unchanged.
 */
@Component
public class EquipmentExporter {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String COMMUNE_NAME = "equipment.export.column.communeName";

    private final RegisterReads service;
    private final ImportVocabulary words;
    private final Clock clock;

    EquipmentExporter(RegisterReads service, ImportVocabulary words, Clock clock) {
        this.service = service;
        this.words = words;
        this.clock = clock;
    }

    /** The name of a download made today, without its extension: {@code registre-equipements-2026-06-15}. */
    public String fileName() {
        return "registre-equipements-" + LocalDate.now(clock);
    }

    public List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            headers.add(field.exportHeader());
            if (field == ImportField.COMMUNE) headers.add(words.message(COMMUNE_NAME));
        }
        return headers;
    }

    /** One entry as cells, in header order: text, numbers (BigDecimal) and dates (LocalDate). */
    List<Object> cells(EquipmentView e) {
        List<Object> cells = new ArrayList<>();
        AddressView main = e.addresses().isEmpty() ? null : e.addresses().get(0);
        for (ImportField field : ImportField.values()) {
            cells.add(
                    switch (field) {
                        case TYPE -> words.label(e.type());
                        case NAME -> e.name();
                        case OPERATOR -> e.operator().name();
                        case OPERATOR_CATEGORY -> words.label(e.operator().category());
                        case ADDRESS -> main == null ? null : main.street();
                        case POSTAL_CODE -> main == null ? null : main.postalCode();
                        case CITY -> main == null ? null : main.city();
                        case OTHER_ADDRESSES ->
                            e.addresses().size() < 2
                                    ? null
                                    : e.addresses().subList(1, e.addresses().size()).stream()
                                            .map(AddressView::oneLine)
                                            .collect(Collectors.joining(" | "));
                        case COMMUNE -> e.communeCode();
                        case QUARTIER -> e.quartier();
                        case LATITUDE -> e.latitude();
                        case LONGITUDE -> e.longitude();
                        case QPV ->
                            e.qpvCode() != null
                                    ? e.qpvCode()
                                    : e.qpvOrigin() == QpvOrigin.MANUAL ? words.message("equipment.qpv.out") : null;
                        case CAPACITY ->
                            e.currentCapacity() == null
                                    ? null
                                    : e.currentCapacity().value();
                        case UNIT ->
                            e.currentCapacity() == null
                                    ? null
                                    : words.label(e.currentCapacity().unit());
                        case CAPACITY_DATE ->
                            e.currentCapacity() == null
                                    ? null
                                    : e.currentCapacity().effectiveOn();
                        case OPENED_ON -> e.openedOn();
                        case CLOSED_ON -> e.closedOn();
                        case SUPPORTED -> words.message(e.supportedByCollectivite() ? "equipment.yes" : "equipment.no");
                        case REMARKS -> e.remarks();
                        case SOURCE ->
                            e.currentCapacity() == null
                                    ? null
                                    : e.currentCapacity().source();
                    });
            if (field == ImportField.COMMUNE) cells.add(e.communeName());
        }
        return cells;
    }

    public void csv(EquipmentFilter filter, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(
                    writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
            printer.printRecord(headers());
            service.forEach(filter, e -> {
                try {
                    printer.printRecord(
                            cells(e).stream().map(EquipmentExporter::text).toList());
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(EquipmentFilter filter, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Registre");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> headers = headers();
            SXSSFRow header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                SXSSFCell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, c == 1 || c == 4 ? 40 * 256 : 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] row = {1};
            service.forEach(filter, e -> {
                SXSSFRow r = sheet.createRow(row[0]++);
                List<Object> cells = cells(e);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) continue;
                    SXSSFCell cell = r.createCell(c);
                    if (value instanceof java.math.BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(SpreadsheetCells.text(String.valueOf(value)));
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, row[0] - 1), 0, headers.size() - 1));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) return "";
        if (value instanceof LocalDate day) return FRENCH.format(day);
        if (value instanceof java.math.BigDecimal number)
            return number.toPlainString().replace('.', ',');
        return SpreadsheetCells.text(String.valueOf(value));
    }
}
