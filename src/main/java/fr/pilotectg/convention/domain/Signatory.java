package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.InseeCode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A party that signs the convention: its kind, the organisation (by id, from the directory, with its name as printed
 * in the convention), the alias the convention gives it (« ci-après dénommée « la Communauté » »), the people who sign
 * for it, the acts that authorise them and whether it must have a council deliberation adopted before it signs.
 *
 * <p>Two parties have no organisation: a <b>collective</b> party (« les communes membres de la Communauté de communes
 * … ») names its member communes by INSEE code instead; a party <b>not yet identified</b> (« Commune de … », the text
 * does not say which) keeps only its kind and its name as printed, saves in a draft, shows among the findings and blocks
 * sending a new convention for signature ({@link ConventionTerms#problemsBeforeSignature()}).
 */
public record Signatory(
        PartyKind kind,
        UUID organisationId,
        String organisationName,
        List<Representative> representatives,
        List<AuthorisingAct> authorisations,
        boolean needsCouncilDeliberation,
        String alias,
        boolean collective,
        List<InseeCode> members) {

    public Signatory {
        if (kind == null) throw DomainException.invalid(ConventionErrors.SIGNATORY_KIND_REQUIRED);
        if (organisationId == null && !collective && (organisationName == null || organisationName.isBlank())) {
            // neither chosen in the directory nor named as printed: nothing says who this party is
            throw DomainException.invalid(ConventionErrors.SIGNATORY_ORGANISATION_REQUIRED, "?");
        }
        organisationName = ConventionErrors.requireText(organisationName, ConventionErrors.SIGNATORY_NAME_REQUIRED);
        alias = ConventionErrors.optionalText(alias);
        members = members == null ? List.of() : List.copyOf(members);
        collective = collective || !members.isEmpty();
        if (collective && organisationId != null) {
            throw DomainException.invalid(ConventionErrors.COLLECTIVE_PARTY_WITH_ORGANISATION, organisationName);
        }
        var seen = new HashSet<String>();
        for (InseeCode member : members) {
            if (!seen.add(member.value()))
                throw DomainException.invalid(ConventionErrors.COMMUNE_DUPLICATE, member.value());
        }
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
        authorisations = authorisations == null ? List.of() : List.copyOf(authorisations);
    }

    /** A party of the directory, with no alias. */
    public Signatory(
            PartyKind kind,
            UUID organisationId,
            String organisationName,
            List<Representative> representatives,
            List<AuthorisingAct> authorisations,
            boolean needsCouncilDeliberation) {
        this(
                kind,
                organisationId,
                organisationName,
                representatives,
                authorisations,
                needsCouncilDeliberation,
                null,
                false,
                List.of());
    }

    /** A signatory whose need for a council deliberation follows its kind. */
    public static Signatory of(
            PartyKind kind, UUID organisationId, String organisationName, Representative... representatives) {
        if (organisationId == null) {
            throw DomainException.invalid(
                    ConventionErrors.SIGNATORY_ORGANISATION_REQUIRED, String.valueOf(organisationName));
        }
        return new Signatory(
                kind,
                organisationId,
                organisationName,
                List.of(representatives),
                List.of(),
                kind != null && kind.needsCouncilDeliberationByDefault());
    }

    public Signatory withAuthorisations(AuthorisingAct... acts) {
        return new Signatory(
                kind,
                organisationId,
                organisationName,
                representatives,
                List.of(acts),
                needsCouncilDeliberation,
                alias,
                collective,
                members);
    }

    public Signatory withRepresentatives(Representative... people) {
        return new Signatory(
                kind,
                organisationId,
                organisationName,
                List.of(people),
                authorisations,
                needsCouncilDeliberation,
                alias,
                collective,
                members);
    }

    public Signatory needingCouncilDeliberation(boolean needed) {
        return new Signatory(
                kind,
                organisationId,
                organisationName,
                representatives,
                authorisations,
                needed,
                alias,
                collective,
                members);
    }

    public Signatory withAlias(String newAlias) {
        return new Signatory(
                kind,
                organisationId,
                organisationName,
                representatives,
                authorisations,
                needsCouncilDeliberation,
                newAlias,
                collective,
                members);
    }

    public boolean isCaf() {
        return kind == PartyKind.CAF;
    }

    /** Neither an organisation of the directory nor a collective party: the text does not say which party it is. */
    public boolean isIdentified() {
        return organisationId != null || collective;
    }

    public Optional<UUID> organisation() {
        return Optional.ofNullable(organisationId);
    }

    public boolean hasRepresentative(RepresentativeRole role) {
        return representatives.stream().anyMatch(r -> r.role() == role);
    }

    public boolean hasRepresentative(RepresentativeRole.Category category) {
        return representatives.stream().anyMatch(r -> r.role().category() == category);
    }

    /** Whether someone is named to sign for it (a role without a name does not sign). */
    public boolean hasNamedRepresentative() {
        return representatives.stream().anyMatch(Representative::isNamed);
    }

    /** Whether every person who signs for it is named (false when nobody is given). */
    public boolean representativesKnown() {
        return !representatives.isEmpty() && representatives.stream().allMatch(Representative::isNamed);
    }

    /**
     * Whether the Caf signs through its board (président(e), vice-président(e)) and its direction, a delegate standing
     * in for either side: « Le 1er vice-Président et la Directrice » is complete, as is « la Présidente et le
     * directeur adjoint, délégataire ».
     */
    public boolean cafRepresentedBoardAndDirection() {
        int missing = 0;
        if (!hasRepresentative(RepresentativeRole.Category.HEAD)
                && !hasRepresentative(RepresentativeRole.Category.DEPUTY)) missing++;
        if (!hasRepresentative(RepresentativeRole.Category.DIRECTOR)) missing++;
        long delegates = representatives.stream()
                .filter(r -> r.role().category() == RepresentativeRole.Category.DELEGATE)
                .count();
        return delegates >= missing;
    }
}
