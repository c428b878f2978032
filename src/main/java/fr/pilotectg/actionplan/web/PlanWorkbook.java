package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.FicheContent;
import fr.pilotectg.actionplan.domain.Funding;
import fr.pilotectg.actionplan.domain.PartnerRef;
import fr.pilotectg.actionplan.domain.PlanViews;
import fr.pilotectg.platform.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * A convention's plan as an XLSX workbook: one line per fiche with every field of the template (lists one item per
 * line inside the cell, milestones as "31/12/2022 : … (réalisée)"), headers in French.
 */
final class PlanWorkbook {

    static final List<String> HEADERS = List.of(
            "N°",
            "Axe",
            "Commune",
            "Titre de l’action",
            "Statut",
            "Avancement (%)",
            "En retard",
            "Public cible",
            "Diagnostic initial",
            "Objectifs opérationnels",
            "Modalités de mise en œuvre",
            "Échéances de réalisation",
            "Services mobilisés et responsables",
            "Résultats attendus",
            "Partenaires sollicités",
            "Indicateurs d’évaluation",
            "Pilote",
            "Référents",
            "Budget (€)",
            "Financeurs",
            "Motif d’abandon");

    private PlanWorkbook() {}

    static byte[] of(PlanViews.Plan plan, MessageSource messages) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Plan d’actions".replace('’', '\''));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (PlanViews.FicheLine line : plan.all()) {
                FicheContent c = line.fiche().content();
                Row row = sheet.createRow(r++);
                int col = 0;
                row.createCell(col++).setCellValue(line.fiche().position());
                row.createCell(col++)
                        .setCellValue(SpreadsheetCells.text(
                                line.axis() == null ? "" : line.axis().title()));
                row.createCell(col++)
                        .setCellValue(SpreadsheetCells.text(
                                line.axis() == null || line.axis().commune() == null
                                        ? ""
                                        : plan.communeNames()
                                                .getOrDefault(
                                                        line.axis().commune(),
                                                        line.axis().commune())));
                row.createCell(col++).setCellValue(SpreadsheetCells.text(c.title()));
                row.createCell(col++)
                        .setCellValue(messages.getMessage(line.fiche().status().messageKey(), null, Locale.FRANCE));
                row.createCell(col++).setCellValue(line.fiche().progress());
                row.createCell(col++).setCellValue(line.late() ? "oui" : "non");
                String[] texts = {
                    c.targetPublic(),
                    c.diagnostic(),
                    c.objectives(),
                    String.join("\n", c.steps()),
                    c.milestones().stream()
                            .map(m -> (m.dueOn() == null ? "" : m.dueOn().french()) + " : " + m.label()
                                    + (m.done() ? " (réalisée)" : ""))
                            .collect(Collectors.joining("\n")),
                    c.services(),
                    c.expectedResults(),
                    c.partners().stream().map(partnerName(plan)).collect(Collectors.joining("\n")),
                    String.join("\n", c.indicators()),
                    c.pilotId() == null ? "" : plan.organisationNames().getOrDefault(c.pilotId(), ""),
                    String.join("\n", c.referents())
                };
                for (String text : texts) {
                    var cell = row.createCell(col++);
                    cell.setCellValue(SpreadsheetCells.text(text));
                    cell.setCellStyle(wrap);
                }
                if (c.budget() != null)
                    row.createCell(col).setCellValue(c.budget().doubleValue());
                col++;
                row.createCell(col++)
                        .setCellValue(SpreadsheetCells.text(c.fundings().stream()
                                .map(f -> funding(f, messages))
                                .collect(Collectors.joining("\n"))));
                row.createCell(col)
                        .setCellValue(SpreadsheetCells.text(line.fiche().abandonReason()));
            }
            for (int i = 0; i < HEADERS.size(); i++) sheet.setColumnWidth(i, i == 0 ? 6 * 256 : 30 * 256);
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(
                    new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** « plan-actions-ctg-lille-lomme-hellemmes-2026-06-15.xlsx »: the convention and the day it was exported. */
    static String fileName(PlanViews.Plan plan) {
        return fr.pilotectg.shared.FileNames.ofConvention(
                "plan-actions", plan.convention().title(), plan.today(), "xlsx");
    }

    private static Function<PartnerRef, String> partnerName(PlanViews.Plan plan) {
        return p -> p.organisationId() != null
                ? plan.organisationNames().getOrDefault(p.organisationId(), p.name())
                : p.name();
    }

    /** « Ville : 8000.00 € (Commune ou collectivité, 2024) », kind and year « non renseigné » when not given. */
    private static String funding(Funding f, MessageSource messages) {
        String unknown = messages.getMessage("actionplan.funding.unknown", null, "non renseigné", Locale.FRANCE);
        String kind = f.kind() == null
                ? unknown
                : messages.getMessage(
                        "actionplan.funderKind." + f.kind().name(),
                        null,
                        f.kind().name(),
                        Locale.FRANCE);
        return f.funder() + " : " + (f.amount() == null ? "" : f.amount().toPlainString()) + " € (" + kind + ", "
                + (f.year() == null ? unknown : String.valueOf(f.year())) + ")";
    }
}
