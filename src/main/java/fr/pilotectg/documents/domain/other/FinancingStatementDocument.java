package fr.pilotectg.documents.domain.other;

import fr.pilotectg.documents.domain.FrenchText;
import fr.pilotectg.financing.StructureStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The financing statement of each structure a convention finances, one structure after the other: each year's lines
 * (amount or « non renseigné », how it is computed, what is missing) and total, then the parameters used (value, valid
 * from, source; « hypothèse » when a value is assumed).
 */
@Component
class FinancingStatementDocument {

    private final MessageSource messages;

    FinancingStatementDocument(MessageSource messages) {
        this.messages = messages;
    }

    String xhtml(String conventionTitle, List<StructureStatement> statements) {
        String title = msg("otherdocs.financing.title");
        var page = new PrintedPage(title + " — " + conventionTitle, title);
        page.title(title).centered(conventionTitle);
        page.paragraph(msg("otherdocs.financing.intro"));
        boolean first = true;
        for (StructureStatement s : statements) {
            if (!first) page.pageBreak();
            first = false;
            page.section(s.structureName());
            page.paragraph(msg("otherdocs.financing.kind", s.kind()) + " · "
                    + msg("otherdocs.financing.operator", s.operator()));
            page.paragraph(msg("otherdocs.financing.total", s.total())
                    + (s.unknownLines() == 0 ? "" : " " + msg("otherdocs.financing.unknownLines", s.unknownLines())));
            Map<String, StructureStatement.Parameter> used = new LinkedHashMap<>();
            for (StructureStatement.Year y : s.years()) {
                page.heading(msg("otherdocs.financing.year", String.valueOf(y.year()), y.total()));
                if (y.lines().isEmpty()) {
                    page.paragraph(msg("otherdocs.financing.noLine"));
                    continue;
                }
                var rows = new ArrayList<List<String>>();
                for (StructureStatement.Line l : y.lines()) {
                    rows.add(List.of(l.label(), l.amount(), l.explanation()));
                    l.parameters().forEach(p -> used.putIfAbsent(p.label() + "|" + p.validFrom(), p));
                }
                page.table(
                        List.of(msg("otherdocs.col.line"), msg("otherdocs.col.amount"), msg("otherdocs.col.how")),
                        rows);
            }
            page.heading(msg("otherdocs.financing.parameters"));
            if (used.isEmpty()) page.paragraph(msg("otherdocs.unknown"));
            else
                page.table(
                        List.of(
                                msg("otherdocs.col.parameter"),
                                msg("otherdocs.col.value"),
                                msg("otherdocs.col.validFrom"),
                                msg("otherdocs.col.source")),
                        used.values().stream()
                                .map(p -> List.of(
                                        p.label(),
                                        p.value()
                                                + (p.hypothesis()
                                                        ? " (" + msg("otherdocs.financing.hypothesis") + ")"
                                                        : ""),
                                        p.validFrom() == null
                                                ? msg("otherdocs.unknown")
                                                : FrenchText.date(p.validFrom()),
                                        p.source()))
                                .toList());
        }
        return page.xhtml();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
