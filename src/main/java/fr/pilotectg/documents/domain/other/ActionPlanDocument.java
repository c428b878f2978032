package fr.pilotectg.documents.domain.other;

import fr.pilotectg.actionplan.FicheSheet;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.documents.domain.FicheFields;
import fr.pilotectg.documents.domain.FrenchText;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The action plan as a printable document: the axes with their fiches counted, the fiches by status, then one fiche
 * per page with every field (the labels of the convention's annex 4, « non renseigné » where the fiche gives nothing).
 */
@Component
class ActionPlanDocument {

    private final MessageSource messages;
    private final FicheFields fields;

    ActionPlanDocument(MessageSource messages) {
        this.messages = messages;
        this.fields = new FicheFields(messages);
    }

    String xhtml(ConventionSummary convention, List<FicheSheet> fiches, List<FicheSummary> summaries, LocalDate day) {
        String title = msg("otherdocs.plan.title");
        var page = new PrintedPage(title + " — " + convention.title(), msg("otherdocs.plan.title"));
        page.title(title).centered(convention.title());
        page.centered(msg("otherdocs.plan.asOf", FrenchText.date(day)));

        Map<String, Integer> axes = new LinkedHashMap<>();
        for (FicheSheet f : fiches) {
            String axis =
                    f.axisTitle() == null || f.axisTitle().isBlank() ? msg("otherdocs.plan.noAxis") : f.axisTitle();
            axes.merge(axis, 1, Integer::sum);
        }
        page.section(msg("otherdocs.plan.axes"));
        if (fiches.isEmpty()) page.paragraph(msg("otherdocs.review.noFiche"));
        else
            page.table(
                    List.of(msg("otherdocs.col.axis"), msg("otherdocs.col.fiches")),
                    axes.entrySet().stream()
                            .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
                            .toList());
        Map<UUID, FicheSummary> byId = new LinkedHashMap<>();
        summaries.forEach(s -> byId.put(s.id(), s));
        int number = 0;
        for (FicheSheet fiche : fiches) {
            number++;
            FicheSummary summary = byId.get(fiche.id());
            boolean late = summary != null && summary.late();
            page.pageBreak().section(msg("otherdocs.plan.fiche", number, fiche.title()));
            page.table(List.of(fields.label("field"), fields.label("value")), rows(fiche, late));
        }
        return page.xhtml();
    }

    private List<List<String>> rows(FicheSheet fiche, boolean late) {
        String status = messages.getMessage(
                "actionplan.status." + fiche.status().name(),
                null,
                fiche.status().name(),
                Locale.FRANCE);
        return fields.of(fiche, status, late).stream()
                .map(f -> List.of(f.label(), f.value()))
                .toList();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
