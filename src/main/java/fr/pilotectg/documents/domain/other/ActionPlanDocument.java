package fr.pilotectg.documents.domain.other;

import fr.pilotectg.actionplan.FicheSheet;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.documents.domain.FrenchText;
import fr.pilotectg.shared.Euros;
import java.time.LocalDate;
import java.util.ArrayList;
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

    ActionPlanDocument(MessageSource messages) {
        this.messages = messages;
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
            page.table(List.of(label("field"), label("value")), rows(fiche, late));
        }
        return page.xhtml();
    }

    private List<List<String>> rows(FicheSheet fiche, boolean late) {
        var rows = new ArrayList<List<String>>();
        String status = messages.getMessage(
                "actionplan.status." + fiche.status().name(),
                null,
                fiche.status().name(),
                Locale.FRANCE);
        row(rows, "axis", fiche.axisTitle());
        row(rows, "numberInAxis", fiche.numberInAxis());
        row(rows, "status", status);
        if (fiche.abandonReason() != null && !fiche.abandonReason().isBlank())
            row(rows, "abandonReason", fiche.abandonReason());
        row(rows, "progress", fiche.progress() + "\u00a0%");
        row(rows, "late", label(late ? "yes" : "no"));
        row(rows, "commonToAll", label(fiche.commonToAll() ? "yes" : "no"));
        row(rows, "targetPublic", fiche.targetPublic());
        row(rows, "diagnostic", fiche.diagnostic());
        row(rows, "objectives", fiche.objectives());
        row(rows, "steps", bullets(fiche.steps()));
        row(
                rows,
                "milestones",
                bullets(fiche.milestones().stream()
                        .map(m -> (m.dueOn() == null ? label("undated") : FrenchText.date(m.dueOn())) + " – "
                                + m.label() + " (" + label(m.done() ? "done" : "pending") + ")")
                        .toList()));
        row(rows, "services", fiche.services());
        row(rows, "expectedResults", fiche.expectedResults());
        row(rows, "partners", bullets(fiche.partners()));
        row(rows, "indicators", bullets(fiche.indicators()));
        row(rows, "pilot", fiche.pilotName());
        row(rows, "referents", bullets(fiche.referents()));
        row(rows, "budget", fiche.budget() == null ? null : FrenchText.amount(Euros.of(fiche.budget())));
        row(
                rows,
                "fundings",
                bullets(fiche.fundings().stream()
                        .map(f -> f.funder() + " : "
                                + (f.amount() == null ? label("unknown") : FrenchText.amount(Euros.of(f.amount())))
                                + " ("
                                + (f.kind() == null
                                        ? label("unknown")
                                        : label("funderKind." + f.kind().name()))
                                + ", " + (f.year() == null ? label("unknown") : String.valueOf(f.year())) + ")")
                        .toList()));
        row(rows, "links", bullets(fiche.linkedTitles()));
        row(
                rows,
                "attachments",
                bullets(fiche.attachments().stream()
                        .map(l -> l.name().isBlank() ? l.url() : l.name() + " (" + l.url() + ")")
                        .toList()));
        row(rows, "note", fiche.note());
        row(rows, "realisedOn", fiche.realisedOn() == null ? null : FrenchText.date(fiche.realisedOn()));
        return rows;
    }

    private void row(List<List<String>> rows, String field, String value) {
        rows.add(List.of(label(field), value == null || value.isBlank() ? label("unknown") : value));
    }

    private static String bullets(List<String> items) {
        return String.join("\n", items.stream().map(i -> "– " + i).toList());
    }

    private String label(String key) {
        return messages.getMessage("documents.fiche." + key, null, key, Locale.FRANCE);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
