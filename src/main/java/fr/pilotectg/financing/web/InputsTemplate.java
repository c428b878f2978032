package fr.pilotectg.financing.web;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.YearFigures;
import fr.pilotectg.financing.domain.FinancingInputsImport;
import fr.pilotectg.financing.domain.FinancingInputsImport.Column;
import fr.pilotectg.financing.domain.FinancingReport;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.shared.Euros;
import fr.pilotectg.shared.FileNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The import template of the financing inputs: the French headers of {@link Column}, one row per structure already
 * entered and per year of the convention, filled with what is known (an unknown value leaves its cell empty), numbers as
 * numbers. The same file, completed, is what the import reads.
 */
final class InputsTemplate {

    private InputsTemplate() {}

    static ResponseEntity<byte[]> download(
            FinancingReport report,
            FinancingInputsImport imports,
            FinancingText text,
            Directory directory,
            Clock clock) {
        byte[] workbook = of(report, imports);
        String name = FileNames.of("modele-financement", report.convention().title(), LocalDate.now(clock), "xlsx");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(FinancingDownloads.XLSX))
                .body(workbook);
    }

    static byte[] of(FinancingReport report, FinancingInputsImport imports) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = workbook.createSheet("Structures");
            Row head = sheet.createRow(0);
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(imports.header(columns[i]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, 22 * 256);
            }
            int r = 1;
            int first = report.convention().start().getYear();
            int last = report.convention().end().getYear();
            for (Structure s : report.inputs().structures()) {
                for (int year = first; year <= last; year++) {
                    Row row = sheet.createRow(r++);
                    YearFigures y = s.year(year).orElse(null);
                    row.createCell(0).setCellValue(s.id());
                    row.createCell(1).setCellValue(s.name());
                    row.createCell(2).setCellValue(year);
                    if (y != null) {
                        number(row, 3, y.places() == null ? null : BigDecimal.valueOf(y.places()));
                        number(row, 4, y.hours());
                        number(row, 5, y.openingMonth() == null ? null : BigDecimal.valueOf(y.openingMonth()));
                        number(row, 6, y.closingMonth() == null ? null : BigDecimal.valueOf(y.closingMonth()));
                        number(row, 7, y.averageFeePerHour());
                        number(row, 8, y.disabilityShare());
                        number(row, 9, amount(y.costPerPlace()));
                        number(row, 10, amount(y.ps()));
                    }
                    if (s.support() != null && s.support().organisationName() != null) {
                        row.createCell(11).setCellValue(s.support().organisationName());
                        if (s.support().from() != null)
                            row.createCell(12).setCellValue(s.support().from().toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.length - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal amount(Euros e) {
        return e == null ? null : e.amount();
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) row.createCell(column).setCellValue(value.doubleValue());
    }
}
