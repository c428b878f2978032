package fr.pilotectg.documents.domain.other;

import static fr.pilotectg.documents.domain.PdfRendering.escape;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The XHTML of a document printed from data (the COPIL file, the action plan, a deliberation, minutes, a financing
 * statement): a title, sections with a bookmark each (« h1 »), paragraphs, tables with a repeated header row, charts
 * as PNG images with their text alternative, page breaks; laid out by {@code PdfRendering.fromXhtml} in the
 * convention's fonts and page style (« page n / N »).
 */
final class PrintedPage {

    private final String title;
    private final String subject;
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> bookmarks = new ArrayList<>();
    private boolean breakNext;

    PrintedPage(String title, String subject) {
        this.title = title;
        this.subject = subject;
    }

    PrintedPage title(String text) {
        body.append("<h1 class=\"title\">").append(escape(text)).append("</h1>\n");
        return this;
    }

    PrintedPage centered(String text) {
        body.append("<p style=\"text-align:center\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A section: a heading with its bookmark. */
    PrintedPage section(String heading) {
        String id = "s" + bookmarks.size();
        bookmarks.add(new String[] {id, heading});
        body.append("<h1 id=\"").append(id).append('"').append(breakClass()).append('>');
        body.append(escape(heading)).append("</h1>\n");
        return this;
    }

    PrintedPage heading(String text) {
        body.append("<h2").append(breakClass()).append('>').append(escape(text)).append("</h2>\n");
        return this;
    }

    PrintedPage paragraph(String text) {
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) continue;
            body.append("<p")
                    .append(breakClass())
                    .append('>')
                    .append(escape(line))
                    .append("</p>\n");
        }
        return this;
    }

    PrintedPage bold(String text) {
        body.append("<p")
                .append(breakClass())
                .append("><b>")
                .append(escape(text))
                .append("</b></p>\n");
        return this;
    }

    PrintedPage bullets(List<String> items) {
        body.append("<ul>");
        items.forEach(i -> body.append("<li>").append(escape(i)).append("</li>"));
        body.append("</ul>\n");
        return this;
    }

    /** The next heading or paragraph starts a new page. */
    PrintedPage pageBreak() {
        breakNext = true;
        return this;
    }

    PrintedPage table(List<String> header, List<List<String>> rows) {
        body.append("<table><thead><tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(c -> body.append("<td>")
                    .append(escape(c == null ? "" : c).replace("\n", "<br/>"))
                    .append("</td>"));
            body.append("</tr>");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /** A chart: the PNG with its text alternative, the width in centimetres. */
    PrintedPage image(byte[] png, String alternative, double widthCm) {
        body.append("<p class=\"chart\"><img alt=\"")
                .append(escape(alternative))
                .append("\" style=\"width:")
                .append(widthCm)
                .append("cm\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png))
                .append("\"/></p>\n");
        return this;
    }

    private String breakClass() {
        if (!breakNext) return "";
        breakNext = false;
        return " class=\"break\"";
    }

    String xhtml() {
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
        String font = "DejaVu Sans";
        html.append("</bookmarks><style>\n")
                .append("@page { size: A4; margin: 2cm 2cm 2.2cm 2cm;")
                .append(" @bottom-center { content: \"page \" counter(page) \" / \" counter(pages);")
                .append(" font-family: '" + font + "'; font-size: 9pt; } }\n")
                .append("body { font-family: '" + font + "'; font-size: 10pt; line-height: 1.35; }\n")
                .append("h1 { font-size: 14pt; margin-top: 14pt; } h2 { font-size: 12pt; margin-top: 10pt; }\n")
                .append("h1.title { text-align: center; font-size: 18pt; }\n")
                .append(".break { page-break-before: always; }\n")
                .append("p.chart { text-align: center; page-break-inside: avoid; }\n")
                .append("table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }\n")
                .append("th, td { border: 0.5pt solid #444; padding: 3pt; font-size: 8.5pt; vertical-align: top;")
                .append(" text-align: left; }\n")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; }\n")
                .append("</style></head><body>\n")
                .append(body)
                .append("</body></html>");
        return html.toString();
    }
}
