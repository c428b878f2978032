package fr.pilotectg.documents.domain.other;

import static fr.pilotectg.documents.domain.PdfRendering.escape;

import fr.pilotectg.documents.domain.PdfRendering;
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
        return PdfRendering.page(
                title,
                subject,
                body,
                bookmarks,
                "p.chart { text-align: center; page-break-inside: avoid; }\nth, td { text-align: left; }\n");
    }
}
