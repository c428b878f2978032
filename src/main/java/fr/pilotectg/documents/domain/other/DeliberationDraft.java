package fr.pilotectg.documents.domain.other;

import fr.pilotectg.convention.ConventionParty;
import fr.pilotectg.convention.ConventionText;
import fr.pilotectg.documents.domain.FrenchText;
import fr.pilotectg.documents.domain.FrenchText.Gender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The draft deliberation of a party's council, in the order of the seeds' deliberations (Lomme, Lens, the Métropole):
 * the assembly and its session, the object, the exposé des motifs (the shared diagnostic, the objectives and fields
 * of the convention, its signatories), « après en avoir délibéré » and the authorisations asked (approve, sign the
 * convention and its annexes, sign the acts of its execution, budget), then « Fait et délibéré à … ». What the register
 * does not know prints « [à compléter : …] ».
 */
@Component
class DeliberationDraft {

    private final MessageSource messages;

    DeliberationDraft(MessageSource messages) {
        this.messages = messages;
    }

    /** The parties whose council deliberates, in the order of the terms (1-based positions among all parties). */
    static List<Integer> councils(List<ConventionParty> parties) {
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < parties.size(); i++) {
            ConventionParty p = parties.get(i);
            if (p.needsCouncilDeliberation() && p.assemblyKey() != null) positions.add(i + 1);
        }
        return positions;
    }

    String assembly(ConventionParty party) {
        return messages.getMessage(party.assemblyKey(), null, "assemblée délibérante", Locale.FRANCE);
    }

    String title(ConventionParty party) {
        return msg("otherdocs.deliberation.title", party.name(), assembly(party));
    }

    byte[] docx(ConventionText text, List<ConventionParty> parties, ConventionParty party) {
        String assembly = assembly(party);
        String named = FrenchText.partyWithArticle(party.name(), party.kind());
        String caf = parties.stream()
                .filter(p -> p.kind().equals("CAF"))
                .findFirst()
                .map(p -> FrenchText.partyWithArticle(p.name(), p.kind()))
                .orElse(gap("Caf signataire"));
        var summary = text.summary();
        String period = "du " + FrenchText.date(summary.start()) + " au " + FrenchText.date(summary.end());
        ConventionParty.Act act =
                party.authorisations().isEmpty() ? null : party.authorisations().get(0);
        try (var doc = new WordDocument()) {
            doc.title(msg("otherdocs.deliberation.heading"));
            doc.centered(party.name() + " — " + FrenchText.capitalised(assembly));
            doc.centered(msg(
                    "otherdocs.deliberation.session",
                    act != null && act.adoptedOn() != null && act.adoptedOn().isExact()
                            ? FrenchText.date(act.adoptedOn().firstDay())
                            : gap("date de la séance")));
            if (act != null && act.reference() != null && !act.reference().isBlank())
                doc.centered(msg("otherdocs.deliberation.number", act.reference()));

            doc.heading(msg("otherdocs.deliberation.object"));
            doc.bold(msg("otherdocs.deliberation.objectText", period, caf, named));
            doc.paragraph(msg("otherdocs.deliberation.rapporteur", gap("rapporteur")));

            doc.heading(msg("otherdocs.deliberation.expose"));
            doc.paragraph(msg("otherdocs.deliberation.expose1"));
            doc.paragraph(msg("otherdocs.deliberation.expose2", FrenchText.capitalised(named), caf, period));
            if (text.objectives().isEmpty()) doc.bullets(List.of(gap("objectifs de la convention")));
            else doc.bullets(text.objectives());
            if (!text.missions().isEmpty()) {
                doc.paragraph(msg("otherdocs.deliberation.missions"));
                doc.bullets(text.missions().stream()
                        .map(ConventionText.Mission::label)
                        .toList());
            }
            doc.paragraph(msg("otherdocs.deliberation.signatories"));
            doc.bullets(parties.stream().map(ConventionParty::name).toList());
            doc.paragraph(msg("otherdocs.deliberation.expose3"));

            doc.heading(msg("otherdocs.deliberation.decision"));
            doc.bold(msg("otherdocs.deliberation.afterDeliberation", FrenchText.capitalised(withArticle(assembly))));
            String signer = signer(party, named);
            doc.bullets(List.of(
                    msg("otherdocs.deliberation.approve", period),
                    msg("otherdocs.deliberation.authoriseSign", signer, caf),
                    msg("otherdocs.deliberation.authoriseActs", signerRole(party)),
                    msg("otherdocs.deliberation.budget")));
            doc.paragraph(msg("otherdocs.deliberation.done", gap("lieu de la séance")));
            doc.paragraph(msg("otherdocs.deliberation.signature", signerRole(party), signerName(party, named)));
            return doc.bytes();
        }
    }

    /** « le Maire, Martine AUBRY, » or with the gap of the unnamed representative. */
    private String signer(ConventionParty party, String named) {
        return signerRole(party) + ", " + signerName(party, named) + ",";
    }

    private String signerRole(ConventionParty party) {
        if (party.representatives().isEmpty()) return gap("signataire " + FrenchText.of(party.name()));
        String role = role(party.representatives().get(0));
        String bare = role.replaceFirst("(?i)^(le|la) |^l['’]", "");
        if (bare.isEmpty()) return role;
        char first = Character.toLowerCase(bare.charAt(0));
        if ("aeiouyhéèê".indexOf(first) >= 0) return "l'" + bare;
        return (FrenchText.genderOfTitle(bare) == Gender.FEMININE ? "la " : "le ") + bare;
    }

    private String signerName(ConventionParty party, String named) {
        if (party.representatives().isEmpty()) return gap("nom du signataire " + FrenchText.of(party.name()));
        ConventionParty.Person person = party.representatives().get(0);
        if (person.name() == null || person.name().isBlank())
            return gap("nom du signataire (" + role(person) + ") " + FrenchText.of(party.name()));
        return FrenchText.withCivility(person.civility(), person.name(), role(person));
    }

    private String role(ConventionParty.Person person) {
        if (person.printedRole() != null && !person.printedRole().isBlank()) return person.printedRole();
        return messages.getMessage("documents.role." + person.role(), null, person.role(), Locale.FRANCE);
    }

    private static String withArticle(String assembly) {
        return (assembly.startsWith("comité") || assembly.startsWith("conseil") ? "le " : "l'") + assembly;
    }

    static String gap(String what) {
        return "[à compléter : " + what + "]";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
