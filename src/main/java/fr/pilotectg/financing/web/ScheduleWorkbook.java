package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingReport;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingLine;
import fr.pilotectg.financing.domain.LineStatus;
import fr.pilotectg.financing.domain.ParameterVersion;
import fr.pilotectg.platform.SpreadsheetCells;
import fr.pilotectg.shared.Euros;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The financing of a convention as a workbook for a Caf finance department: « Échéancier » (structure × year, numbers
 * as numbers), « Lignes » (one row per funding line with its status and explanation; an unknown amount leaves the cell
 * empty and says « non renseigné » in the column beside it), « Paramètres » (every version the computation read).
 * Each sheet has French headers, a frozen header row and an autofilter.
 */
final class ScheduleWorkbook {

    private static final String MONEY = "#,##0.00\\ \"€\"";

    private ScheduleWorkbook() {}

    static byte[] of(FinancingReport report, ScheduleView schedule, FinancingText t) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            schedule(workbook.createSheet("Échéancier"), schedule, styles, t);
            lines(workbook.createSheet("Lignes"), report, styles, t);
            parameters(workbook.createSheet("Paramètres"), report, styles, t);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle money, CellStyle wrap) {

        Styles(XSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            money.setDataFormat(workbook.createDataFormat().getFormat(MONEY));
            wrap.setWrapText(true);
        }
    }

    private static void schedule(Sheet sheet, ScheduleView s, Styles styles, FinancingText t) {
        List<String> headers = new ArrayList<>(List.of("Structure", "Type", "Territoire"));
        for (int y : s.years()) {
            headers.add(y + " (€)");
            headers.add(y + " — lignes non renseignées");
        }
        headers.add("Total (€)");
        headers.add("Total — lignes non renseignées");
        header(sheet, headers, styles);
        int r = 1;
        for (ScheduleView.Row row : s.rows()) {
            Row x = sheet.createRow(r++);
            int c = 0;
            x.createCell(c++).setCellValue(SpreadsheetCells.text(row.name()));
            x.createCell(c++).setCellValue(SpreadsheetCells.text(row.kindLabel()));
            x.createCell(c++).setCellValue(SpreadsheetCells.text(row.territory()));
            for (ScheduleView.Cell cell : row.cells()) c = cell(x, c, cell, styles);
            cell(x, c, row.total(), styles);
        }
        Row totals = sheet.createRow(r);
        totals.createCell(0).setCellValue(t.text("financing.col.total"));
        totals.getCell(0).setCellStyle(styles.header());
        int c = 3;
        for (ScheduleView.Cell cell : s.yearTotals()) c = cell(totals, c, cell, styles);
        cell(totals, c, s.total(), styles);
        finish(sheet, headers.size(), r - 1);
    }

    private static int cell(Row row, int c, ScheduleView.Cell cell, Styles styles) {
        var amount = row.createCell(c);
        amount.setCellValue(cell.amount().amount().doubleValue());
        amount.setCellStyle(styles.money());
        row.createCell(c + 1).setCellValue(cell.unknownLines());
        return c + 2;
    }

    private static void lines(Sheet sheet, FinancingReport report, Styles styles, FinancingText t) {
        List<String> headers = List.of(
                "Structure",
                "Année",
                "Ligne",
                "Source",
                "Montant (€)",
                "État du montant",
                "Statut",
                "Montant recalculé (€)",
                "Explication",
                "Hypothèse");
        header(sheet, headers, styles);
        Map<String, String> names = report.inputs().structures().stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.name() == null ? s.id() : s.name(), (a, b) -> a));
        int r = 1;
        for (FundingLine l : report.plan().lines()) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(SpreadsheetCells.text(names.getOrDefault(l.structureId(), l.structureId())));
            x.createCell(1).setCellValue(l.year());
            x.createCell(2).setCellValue(t.kind(l.kind()));
            x.createCell(3)
                    .setCellValue(t.text("financing.source." + l.kind().source().name()));
            if (l.known()) money(x, 4, l.amount(), styles);
            x.createCell(5).setCellValue(l.known() ? t.text("financing.schedule.known") : t.text("financing.unknown"));
            LineStatus status = report.status(l);
            x.createCell(6)
                    .setCellValue(t.text("financing.status."
                            + (status == null ? LineStatus.Status.ESTIMATED : status.status()).name()));
            FundingLine computed = report.computed(l);
            if (status != null && computed.known() && !computed.amount().equals(status.amount()))
                money(x, 7, computed.amount(), styles);
            var explanation = x.createCell(8);
            explanation.setCellValue(SpreadsheetCells.text(t.explanation(computed)));
            explanation.setCellStyle(styles.wrap());
            x.createCell(9).setCellValue(l.explanation().hypothesis() ? "oui" : "non");
        }
        finish(sheet, headers.size(), r - 1);
        sheet.setColumnWidth(8, 80 * 256);
    }

    private static void parameters(Sheet sheet, FinancingReport report, Styles styles, FinancingText t) {
        List<String> headers = List.of(
                "Paramètre",
                "Référence",
                "Valeur",
                "À partir du",
                "Jusqu’au",
                "Valeur de la Caf",
                "Hypothèse",
                "Source",
                "Motif");
        header(sheet, headers, styles);
        int r = 1;
        for (ParameterVersion v : report.parameters()) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(t.parameter(v.code()));
            x.createCell(1).setCellValue(v.code().ref());
            x.createCell(2).setCellValue(t.value(v));
            x.createCell(3).setCellValue(t.day(v.validFrom()));
            x.createCell(4).setCellValue(v.validTo() == null ? "" : t.day(v.validTo()));
            x.createCell(5).setCellValue(v.override() ? "oui" : "non");
            x.createCell(6).setCellValue(v.hypothesis() ? "oui" : "non");
            x.createCell(7).setCellValue(SpreadsheetCells.text(v.source()));
            x.createCell(8).setCellValue(SpreadsheetCells.text(v.reason()));
        }
        finish(sheet, headers.size(), r - 1);
    }

    private static void money(Row row, int c, Euros amount, Styles styles) {
        var cell = row.createCell(c);
        cell.setCellValue(amount.amount().doubleValue());
        cell.setCellStyle(styles.money());
    }

    private static void header(Sheet sheet, List<String> headers, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(styles.header());
        }
    }

    private static void finish(Sheet sheet, int columns, int lastRow) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, columns - 1));
        for (int i = 0; i < columns; i++) sheet.setColumnWidth(i, 22 * 256);
    }
}
