package fr.pilotectg.actionplan;

import fr.pilotectg.shared.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every field of a fiche action as the convention's annex prints it (the documents module), names resolved: its axis
 * and number in the axis, title, status ({@code actionplan.status.<STATUS>}), progress, public cible, diagnostic,
 * objectifs, étapes, échéances, services mobilisés, résultats attendus, partenaires, indicateurs, pilote, référents,
 * budget and funders, linked fiches, attachments, note. A text the fiche does not give is blank; a pilot, a budget or a
 * realisation date not given is null, never invented.
 */
public record FicheSheet(
        UUID id,
        String axisTitle,
        String numberInAxis,
        String title,
        FicheStatus status,
        int progress,
        String abandonReason,
        boolean commonToAll,
        String targetPublic,
        String diagnostic,
        String objectives,
        List<String> steps,
        List<Step> milestones,
        String services,
        String expectedResults,
        List<String> partners,
        List<String> indicators,
        String pilotName,
        List<String> referents,
        BigDecimal budget,
        List<Funder> fundings,
        List<String> linkedTitles,
        List<Link> attachments,
        String note,
        LocalDate realisedOn) {

    public FicheSheet {
        steps = List.copyOf(steps);
        milestones = List.copyOf(milestones);
        partners = List.copyOf(partners);
        indicators = List.copyOf(indicators);
        referents = List.copyOf(referents);
        fundings = List.copyOf(fundings);
        linkedTitles = List.copyOf(linkedTitles);
        attachments = List.copyOf(attachments);
    }

    /** A milestone (échéance), known to the day, the month or the year; {@code dueOn} null when the fiche gives none. */
    public record Step(@Nullable PartialDate dueOn, String label, boolean done) {}

    /** A funder and its amount (null when not given), its kind and year (null: « non renseigné »). */
    public record Funder(String funder, BigDecimal amount, FunderKind kind, Integer year) {

        public Funder(String funder, BigDecimal amount) {
            this(funder, amount, null, null);
        }
    }

    /** An attachment given as a link. */
    public record Link(String name, String url) {}
}
