package fr.pilotectg.documents.domain;

import fr.pilotectg.actionplan.FicheSheet;
import fr.pilotectg.shared.Euros;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Every field of a fiche as the documents print it, label and value, in the order of the fiche template (annex 4 of the
 * convention and the printable action plan show the same sheet). A value the register does not know reads « non
 * renseigné ».
 */
public final class FicheFields {

    /** One line of the sheet: the field's French label and its value. */
    public record Field(String label, String value) {}

    private final MessageSource messages;

    public FicheFields(MessageSource messages) {
        this.messages = messages;
    }

    /** The sheet of {@code fiche}, whose status reads {@code status} and which is late or not. */
    public List<Field> of(FicheSheet fiche, String status, boolean late) {
        var rows = new ArrayList<Field>();
        add(rows, "axis", fiche.axisTitle());
        add(rows, "numberInAxis", fiche.numberInAxis());
        add(rows, "status", status);
        if (fiche.abandonReason() != null && !fiche.abandonReason().isBlank())
            add(rows, "abandonReason", fiche.abandonReason());
        add(rows, "progress", fiche.progress() + "\u00a0%");
        add(rows, "late", label(late ? "yes" : "no"));
        add(rows, "commonToAll", label(fiche.commonToAll() ? "yes" : "no"));
        add(rows, "targetPublic", fiche.targetPublic());
        add(rows, "diagnostic", fiche.diagnostic());
        add(rows, "objectives", fiche.objectives());
        add(rows, "steps", bullets(fiche.steps()));
        add(
                rows,
                "milestones",
                bullets(fiche.milestones().stream()
                        .map(m -> (m.dueOn() == null ? label("undated") : FrenchText.date(m.dueOn())) + " – "
                                + m.label() + " (" + label(m.done() ? "done" : "pending") + ")")
                        .toList()));
        add(rows, "services", fiche.services());
        add(rows, "expectedResults", fiche.expectedResults());
        add(rows, "partners", bullets(fiche.partners()));
        add(rows, "indicators", bullets(fiche.indicators()));
        add(rows, "pilot", fiche.pilotName());
        add(rows, "referents", bullets(fiche.referents()));
        add(rows, "budget", fiche.budget() == null ? null : FrenchText.amount(Euros.of(fiche.budget())));
        add(
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
        add(rows, "links", bullets(fiche.linkedTitles()));
        add(
                rows,
                "attachments",
                bullets(fiche.attachments().stream()
                        .map(l -> l.name().isBlank() ? l.url() : l.name() + " (" + l.url() + ")")
                        .toList()));
        add(rows, "note", fiche.note());
        add(rows, "realisedOn", fiche.realisedOn() == null ? null : FrenchText.date(fiche.realisedOn()));
        return rows;
    }

    /** A label of the fiche sheet ({@code documents.fiche.<key>}). */
    public String label(String key) {
        return messages.getMessage("documents.fiche." + key, null, key, Locale.FRANCE);
    }

    private void add(List<Field> rows, String field, String value) {
        rows.add(new Field(label(field), value == null || value.isBlank() ? label("unknown") : value));
    }

    private static String bullets(List<String> items) {
        return String.join("\n", items.stream().map(i -> "– " + i).toList());
    }
}
