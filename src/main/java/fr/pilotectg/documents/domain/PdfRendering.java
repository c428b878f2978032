package fr.pilotectg.documents.domain;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The PDF of a generated Word document: its paragraphs (by their heading styles), page breaks and tables written as
 * XHTML, then laid out by openhtmltopdf as PDF/A-2u with the DejaVu fonts embedded, a bookmark per article and annex
 * (Heading 1) and « page n / N » at the foot of each page. The text is the same as the DOCX: one generation, two
 * formats.
 */
@Component
public class PdfRendering {

    static final String FONT = "DejaVu Sans";

    private final String fontDirectory;

    PdfRendering(@Value("${pilote.documents.font-directory:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
        this.fontDirectory = fontDirectory;
    }

    public byte[] render(byte[] docx, String title) {
        return fromXhtml(xhtml(docx, title));
    }

    /** A PDF/A-2u laid out from XHTML (the same fonts and setup as the convention's), images as data URIs. */
    public byte[] fromXhtml(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(
                    new File(fontDirectory, "DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    new File(fontDirectory, "DejaVuSans-Bold.ttf"),
                    FONT,
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    new File(fontDirectory, "DejaVuSans-Oblique.ttf"),
                    FONT,
                    400,
                    PdfRendererBuilder.FontStyle.ITALIC,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML of the document: what the PDF lays out (also useful to check the text). */
    public String xhtml(byte[] docx, String title) {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var body = new StringBuilder();
            var bookmarks = new ArrayList<String[]>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) paragraph(p, body, bookmarks);
                else if (element instanceof XWPFTable t) table(t, body);
            }
            return page(title, "Convention territoriale globale", body, bookmarks, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFParagraph p, StringBuilder body, List<String[]> bookmarks) {
        String text = p.getText();
        String style = p.getStyle() == null ? "" : p.getStyle();
        boolean breakBefore = p.isPageBreak();
        if (text.isBlank()) {
            if (breakBefore) body.append("<div class=\"break\"></div>\n");
            return;
        }
        String breakClass = breakBefore ? " class=\"break\"" : "";
        switch (style) {
            case "Title" ->
                body.append("<h1 class=\"title\">").append(escape(text)).append("</h1>\n");
            case "Heading1" -> {
                String id = "s" + bookmarks.size();
                bookmarks.add(new String[] {id, text});
                body.append("<h1 id=\"")
                        .append(id)
                        .append('"')
                        .append(breakClass)
                        .append('>')
                        .append(escape(text))
                        .append("</h1>\n");
            }
            case "Heading2" ->
                body.append("<h2")
                        .append(breakClass)
                        .append('>')
                        .append(escape(text))
                        .append("</h2>\n");
            default -> {
                String align = p.getAlignment() == org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER
                        ? " style=\"text-align:center\""
                        : "";
                boolean bold = !p.getRuns().isEmpty() && p.getRuns().stream().allMatch(r -> r.isBold());
                body.append("<p").append(align).append(breakClass).append('>');
                body.append(bold ? "<b>" + escape(text) + "</b>" : escape(text)).append("</p>\n");
            }
        }
    }

    private static void table(XWPFTable table, StringBuilder body) {
        body.append("<table>\n");
        boolean inBody = false;
        int index = 0;
        for (XWPFTableRow row : table.getRows()) {
            boolean header = index++ == 0 && row.isRepeatHeader();
            if (!header && !inBody) {
                body.append("<tbody>");
                inBody = true;
            }
            body.append(header ? "<thead><tr>" : "<tr>");
            for (XWPFTableCell cell : row.getTableCells()) {
                String tag = header ? "th" : "td";
                var lines = new ArrayList<String>();
                cell.getParagraphs().forEach(p -> lines.add(escape(p.getText())));
                body.append('<').append(tag).append('>');
                body.append(String.join("<br/>", lines).replace("\n", "<br/>"));
                body.append("</").append(tag).append('>');
            }
            body.append(header ? "</tr></thead>\n" : "</tr>\n");
        }
        body.append(inBody ? "</tbody>" : "").append("</table>\n");
    }

    /**
     * The XHTML page every PDF of the module is rendered from: title and subject in its metadata, one bookmark per
     * {@code {anchor, label}}, A4 with « page n / N », the embedded font; {@code extraCss} adds the rules of one kind of
     * document (charts, alignment).
     */
    public static String page(
            String title, String subject, CharSequence body, List<String[]> bookmarks, String extraCss) {
        var html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html lang=\"fr\"><head><title>")
                .append(escape(title))
                .append("</title><meta name=\"subject\" content=\"")
                .append(escape(subject))
                .append("\"/><meta name=\"author\" content=\"Pilote CTG\"/><bookmarks>");
        for (String[] b : bookmarks) {
            html.append("<bookmark name=\"")
                    .append(escape(b[1]))
                    .append("\" href=\"#")
                    .append(b[0])
                    .append("\"/>");
        }
        html.append("</bookmarks><style>\n")
                .append("@page { size: A4; margin: 2cm 2cm 2.2cm 2cm;")
                .append(" @bottom-center { content: \"page \" counter(page) \" / \" counter(pages);")
                .append(" font-family: '" + FONT + "'; font-size: 9pt; } }\n")
                .append("body { font-family: '" + FONT + "'; font-size: 10pt; line-height: 1.35; }\n")
                .append("h1 { font-size: 14pt; margin-top: 14pt; } h2 { font-size: 12pt; margin-top: 10pt; }\n")
                .append("h1.title { text-align: center; font-size: 18pt; }\n")
                .append(".break { page-break-before: always; }\n")
                .append("table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }\n")
                .append("th, td { border: 0.5pt solid #444; padding: 3pt; font-size: 8.5pt; vertical-align: top; }\n")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; }\n")
                .append(extraCss)
                .append("</style></head><body>\n")
                .append(body)
                .append("</body></html>");
        return html.toString();
    }

    public String fontDirectory() {
        return fontDirectory;
    }

    public static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') continue;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
