package fr.pilotectg.documents.domain;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import fr.pilotectg.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The checks of a Word template before it replaces a Caf's template: a readable .docx, every placeholder well formed
 * ({@code {{name}}}, {@code {{?name}}…{{/name}}}, {@code {{#name}}}) and known — a name the shipped template uses, since
 * those are the values {@link ConventionContent} gives. A refusal names the placeholder and where it stands.
 */
final class TemplateCheck {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern WELL_FORMED = Pattern.compile("[?/#]?[A-Za-z][A-Za-z0-9]*");

    private TemplateCheck() {}

    /** Every tag name of a template, sections and their content included. */
    static Set<String> names(byte[] template) {
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template))) {
            var names = new LinkedHashSet<String>();
            collect(compiled.getElementTemplates(), names);
            return names;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Refuses the template (a {@link DomainException} naming the placeholder) unless it is safe to use. */
    static void check(byte[] candidate, Set<String> known) {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(candidate))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) wellFormed(p.getText());
                else if (element instanceof XWPFTable t) {
                    t.getRows()
                            .forEach(r -> r.getTableCells()
                                    .forEach(c -> c.getParagraphs().forEach(p -> wellFormed(p.getText()))));
                }
            }
        } catch (DomainException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw DomainException.invalid(DocumentErrors.TEMPLATE_INVALID);
        }
        List<MetaTemplate> templates;
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(candidate))) {
            templates = compiled.getElementTemplates();
            unknown(templates, known);
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            // poi-tl refuses an unbalanced section ({{?x}} without {{/x}}) with its own message
            throw DomainException.invalid(
                    DocumentErrors.TEMPLATE_MALFORMED_PLACEHOLDER, "section", String.valueOf(e.getMessage()));
        }
    }

    private static void wellFormed(String text) {
        int open = text.indexOf("{{");
        while (open >= 0) {
            int close = text.indexOf("}}", open);
            if (close < 0) {
                throw DomainException.invalid(
                        DocumentErrors.TEMPLATE_MALFORMED_PLACEHOLDER, excerpt(text.substring(open)), where(text));
            }
            open = text.indexOf("{{", close);
        }
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (!WELL_FORMED.matcher(m.group(1)).matches()) {
                throw DomainException.invalid(DocumentErrors.TEMPLATE_MALFORMED_PLACEHOLDER, m.group(), where(text));
            }
        }
    }

    private static void unknown(List<MetaTemplate> templates, Set<String> known) {
        for (MetaTemplate t : templates) {
            if (t instanceof BlockTemplate block) {
                RunTemplate start = block.getStartMark();
                requireKnown(start, known);
                unknown(block.getTemplates(), known);
            } else if (t instanceof ElementTemplate element) {
                requireKnown(element, known);
            }
        }
    }

    private static void requireKnown(ElementTemplate element, Set<String> known) {
        if (known.contains(element.getTagName())) return;
        String where = element instanceof RunTemplate run ? where(paragraphText(run.getRun())) : "";
        throw DomainException.invalid(DocumentErrors.TEMPLATE_UNKNOWN_PLACEHOLDER, element.getSource(), where);
    }

    private static String paragraphText(XWPFRun run) {
        return run.getParent() instanceof XWPFParagraph p ? p.getText() : "";
    }

    private static void collect(List<MetaTemplate> templates, Set<String> names) {
        for (MetaTemplate t : templates) {
            if (t instanceof BlockTemplate block) {
                names.add(block.getStartMark().getTagName());
                collect(block.getTemplates(), names);
            } else if (t instanceof ElementTemplate element) {
                names.add(element.getTagName());
            }
        }
    }

    private static String where(String paragraph) {
        return "dans le paragraphe « " + excerpt(paragraph) + " »";
    }

    private static String excerpt(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }
}
