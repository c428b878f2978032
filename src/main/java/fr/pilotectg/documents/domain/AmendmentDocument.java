package fr.pilotectg.documents.domain;

import fr.pilotectg.convention.ConventionAvenants;
import fr.pilotectg.convention.ConventionSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An avenant's own document: its object, each term it changes (what the convention said and what it says from now
 * on), when it takes effect, that every other term stands, and the signature line. Written in Word with the Caf
 * template's styles (real « Titre 1 » headings, hence the PDF's bookmarks).
 */
@Component
class AmendmentDocument {

    private final MessageSource messages;

    AmendmentDocument(MessageSource messages) {
        this.messages = messages;
    }

    String title(ConventionSummary convention, ConventionAvenants.Avenant avenant) {
        return text("documents.amendment.title", avenant.number(), convention.title());
    }

    byte[] render(byte[] template, ConventionSummary convention, ConventionAvenants.Avenant avenant) {
        try (var styles = new XWPFDocument(new ByteArrayInputStream(template));
                var doc = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(styles.getStyle());
            paragraph(doc, "Title", title(convention, avenant)).setAlignment(ParagraphAlignment.CENTER);
            paragraph(doc, null, text("documents.amendment.period", convention.periodLabel()))
                    .setAlignment(ParagraphAlignment.CENTER);
            paragraph(doc, "Heading1", text("documents.amendment.object"));
            paragraph(doc, null, avenant.title());
            paragraph(doc, "Heading1", text("documents.amendment.changes"));
            if (avenant.changes().isEmpty()) paragraph(doc, null, text("documents.amendment.noChange"));
            for (ConventionAvenants.Change change : avenant.changes()) {
                paragraph(doc, "Heading2", change.part());
                paragraph(doc, null, text("documents.amendment.before", orUnknown(change.before())));
                paragraph(doc, null, text("documents.amendment.after", orUnknown(change.after())));
            }
            paragraph(doc, "Heading1", text("documents.amendment.effect"));
            paragraph(
                    doc,
                    null,
                    avenant.effectiveFrom() == null
                            ? text("documents.amendment.effect.onSignature")
                            : text("documents.amendment.effect.on", FrenchText.date(avenant.effectiveFrom())));
            paragraph(doc, null, text("documents.amendment.others"));
            paragraph(
                    doc,
                    null,
                    avenant.signedOn() == null
                            ? text("documents.amendment.signature.pending")
                            : text("documents.amendment.signature.on", FrenchText.date(avenant.signedOn())));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException("The template's styles cannot be read", e);
        }
    }

    private String orUnknown(String value) {
        return value == null || value.isBlank() ? text("documents.fiche.unknown") : value;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }
}
