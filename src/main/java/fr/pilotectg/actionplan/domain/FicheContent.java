package fr.pilotectg.actionplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Every field of the fiche action template of the CTG annexes: titre, public cible, diagnostic initial, objectifs
 * opérationnels, modalités de mise en œuvre (steps), échéances de réalisation, services mobilisés et responsables,
 * résultats attendus, partenaires sollicités, indicateurs d'évaluation; plus the pilot organisation, the referents,
 * the budget and its funders, links to other fiches of the plan, attachments as links and a free note.
 * {@code commonToAll}: the fiche is « commune à toutes les CTG » (the Caf's own, shared by its conventions);
 * {@code numberInAxis}: its own number within its axis as printed (« 2.3 »), blank when none; {@code realisedOn}: the
 * day it was realised, which may lie in the past (a past convention recorded now), null when unknown.
 */
public record FicheContent(
        String title,
        String targetPublic,
        String diagnostic,
        String objectives,
        List<String> steps,
        List<Milestone> milestones,
        String services,
        String expectedResults,
        List<PartnerRef> partners,
        List<String> indicators,
        UUID pilotId,
        List<String> referents,
        BigDecimal budget,
        List<Funding> fundings,
        List<UUID> links,
        List<Attachment> attachments,
        String note,
        Boolean commonToAll,
        String numberInAxis,
        java.time.LocalDate realisedOn) {

    public FicheContent(
            String title,
            String targetPublic,
            String diagnostic,
            String objectives,
            List<String> steps,
            List<Milestone> milestones,
            String services,
            String expectedResults,
            List<PartnerRef> partners,
            List<String> indicators,
            UUID pilotId,
            List<String> referents,
            BigDecimal budget,
            List<Funding> fundings,
            List<UUID> links,
            List<Attachment> attachments,
            String note) {
        this(
                title,
                targetPublic,
                diagnostic,
                objectives,
                steps,
                milestones,
                services,
                expectedResults,
                partners,
                indicators,
                pilotId,
                referents,
                budget,
                fundings,
                links,
                attachments,
                note,
                false,
                "",
                null);
    }

    public FicheContent {
        commonToAll = Boolean.TRUE.equals(commonToAll);
        numberInAxis = text(numberInAxis);
        title = text(title);
        targetPublic = text(targetPublic);
        diagnostic = text(diagnostic);
        objectives = text(objectives);
        steps = lines(steps);
        milestones = milestones == null
                ? List.of()
                : milestones.stream().filter(Objects::nonNull).toList();
        services = text(services);
        expectedResults = text(expectedResults);
        partners = partners == null
                ? List.of()
                : partners.stream().filter(Objects::nonNull).toList();
        indicators = lines(indicators);
        referents = lines(referents);
        fundings = fundings == null
                ? List.of()
                : fundings.stream().filter(Objects::nonNull).toList();
        links = links == null
                ? List.of()
                : links.stream().filter(Objects::nonNull).distinct().toList();
        attachments = attachments == null
                ? List.of()
                : attachments.stream().filter(Objects::nonNull).toList();
        note = text(note);
    }

    /** The sum of the funders' amounts. */
    public BigDecimal fundedTotal() {
        return fundings.stream().map(Funding::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> lines(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
