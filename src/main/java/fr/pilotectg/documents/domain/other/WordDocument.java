package fr.pilotectg.documents.domain.other;

import fr.pilotectg.documents.domain.WordStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A Word document written from data (a draft deliberation, minutes): real Title / Heading 1 / Heading 2 styles (so
 * that {@code PdfRendering} bookmarks the headings), paragraphs, bullets, tables with a repeated header row, page
 * numbers « page n / N » in the footer. The PDF is rendered from it: one generation, two formats.
 */
final class WordDocument implements AutoCloseable {

    private final XWPFDocument doc = new XWPFDocument();
    private boolean breakNext;

    WordDocument() {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(WordStyles.paragraph("Normal", "Normal", null, 22, false));
        styles.addStyle(WordStyles.paragraph("Title", "Title", null, 32, true));
        styles.addStyle(WordStyles.paragraph("Heading1", "heading 1", 0, 26, true));
        styles.addStyle(WordStyles.paragraph("Heading2", "heading 2", 1, 23, true));
        var footer = doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText("page ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(" / ");
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    WordDocument title(String text) {
        return styled("Title", text);
    }

    WordDocument heading(String text) {
        return styled("Heading1", text);
    }

    WordDocument subheading(String text) {
        return styled("Heading2", text);
    }

    WordDocument centered(String text) {
        XWPFParagraph p = paragraphWith(text, false);
        p.setAlignment(ParagraphAlignment.CENTER);
        return this;
    }

    WordDocument paragraph(String text) {
        for (String line : text.split("\n")) if (!line.isBlank()) paragraphWith(line, false);
        return this;
    }

    WordDocument bold(String text) {
        paragraphWith(text, true);
        return this;
    }

    WordDocument bullets(List<String> items) {
        items.forEach(i -> paragraphWith("– " + i, false));
        return this;
    }

    WordDocument pageBreak() {
        breakNext = true;
        return this;
    }

    WordDocument table(List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        var head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < header.size(); c++) cell(head.getCell(c), header.get(c), true);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String value = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                cell(table.getRow(r + 1).getCell(c), value == null ? "" : value, false);
            }
        }
        doc.createParagraph();
        return this;
    }

    private static void cell(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph p = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) p = cell.addParagraph();
            var run = p.createRun();
            run.setText(lines[i]);
            run.setBold(bold);
        }
    }

    private WordDocument styled(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (breakNext) p.setPageBreak(true);
        breakNext = false;
        p.createRun().setText(text);
        return this;
    }

    private XWPFParagraph paragraphWith(String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        if (breakNext) p.setPageBreak(true);
        breakNext = false;
        var run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        return p;
    }

    byte[] bytes() {
        try (var out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
