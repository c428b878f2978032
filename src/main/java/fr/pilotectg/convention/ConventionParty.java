package fr.pilotectg.convention;

import fr.pilotectg.shared.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A party to a convention as its current terms name it, for the modules that print or check it (the documents): its
 * kind ({@code convention.party.<kind>}) and the assembly that deliberates for it ({@code assemblyKey}, e.g. «
 * comité syndical » for a syndicat; null when it has none), its name as printed, the alias the convention gives it
 * (« la Communauté »), the organisation of the directory (null for a collective party or one not yet identified), the
 * member communes of a collective party (INSEE codes), the people who sign for it and the acts that authorise them.
 * Unknown values are null, never invented: a document prints « [à compléter : …] » for them.
 */
public record ConventionParty(
        String kind,
        String kindKey,
        String assemblyKey,
        String name,
        String alias,
        UUID organisationId,
        boolean identified,
        boolean collective,
        List<String> members,
        boolean needsCouncilDeliberation,
        List<Person> representatives,
        List<Act> authorisations) {

    public ConventionParty {
        members = List.copyOf(members);
        representatives = List.copyOf(representatives);
        authorisations = List.copyOf(authorisations);
    }

    /**
     * Someone who signs for the party: civility ({@code MADAME}, {@code MONSIEUR}, null while unknown, label {@code
     * convention.civility.<civility>}), name (null while unknown), the role as printed (« 1er vice-Président », null if
     * not printed), the role ({@code convention.representative.role.<role>}) and its category for the rules ({@code
     * HEAD}, {@code DEPUTY}, {@code DIRECTOR}, {@code DELEGATE}, {@code OTHER}; label
     * {@code convention.representative.category.<category>}).
     */
    public record Person(String civility, String name, String printedRole, String role, String category) {

        public Optional<String> knownName() {
            return Optional.ofNullable(name);
        }
    }

    /** An act authorising the signature as the convention cites it; date and reference null while unknown. */
    public record Act(String description, PartialDate adoptedOn, String reference, UUID deliberationId) {}
}
