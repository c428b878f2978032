package fr.pilotectg.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The plain text of a generated document, article by article and annex by annex: each « Titre 1 » paragraph (an
 * article, an annex) opens a section, what precedes the first one is the title page. Stored with each document at
 * generation so that two versions are compared without reading their files again.
 */
public final class DocumentSections {

    /** What opens the document before its first article. */
    public static final String TITLE_PAGE = "Page de titre et parties";

    /** A section: its heading as printed and its text, one line per paragraph or table row. */
    public record Section(String title, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    private DocumentSections() {}

    public static List<Section> of(byte[] docx) {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var sections = new ArrayList<Section>();
            String title = TITLE_PAGE;
            var lines = new ArrayList<String>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = p.getText().strip();
                    if ("Heading1".equals(p.getStyle()) && !text.isEmpty()) {
                        if (!lines.isEmpty() || !title.equals(TITLE_PAGE)) sections.add(new Section(title, lines));
                        title = text;
                        lines = new ArrayList<>();
                    } else if (!text.isEmpty()) {
                        lines.add(text);
                    }
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        var cells = new ArrayList<String>();
                        for (XWPFTableCell cell : row.getTableCells())
                            cells.add(cell.getText().strip().replaceAll("\\s+", " "));
                        String line = String.join(" | ", cells);
                        if (!line.isBlank()) lines.add(line);
                    }
                }
            }
            sections.add(new Section(title, lines));
            return List.copyOf(sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
