package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import java.util.List;
import java.util.UUID;

/**
 * A party that signs the convention: its kind, the organisation (by id, from the directory, with its name as
 * printed in the convention), the people who sign for it, the acts that authorise them and whether it must
 * have a council deliberation adopted before it signs.
 */
public record Signatory(
        PartyKind kind,
        UUID organisationId,
        String organisationName,
        List<Representative> representatives,
        List<AuthorisingAct> authorisations,
        boolean needsCouncilDeliberation) {

    public Signatory {
        if (kind == null) throw DomainException.invalid(ConventionErrors.SIGNATORY_KIND_REQUIRED);
        if (organisationId == null) {
            throw DomainException.invalid(
                    ConventionErrors.SIGNATORY_ORGANISATION_REQUIRED, String.valueOf(organisationName));
        }
        organisationName = ConventionErrors.requireText(organisationName, ConventionErrors.SIGNATORY_NAME_REQUIRED);
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
        authorisations = authorisations == null ? List.of() : List.copyOf(authorisations);
    }

    /** A signatory whose need for a council deliberation follows its kind. */
    public static Signatory of(
            PartyKind kind, UUID organisationId, String organisationName, Representative... representatives) {
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
                kind, organisationId, organisationName, representatives, List.of(acts), needsCouncilDeliberation);
    }

    public Signatory withRepresentatives(Representative... people) {
        return new Signatory(
                kind, organisationId, organisationName, List.of(people), authorisations, needsCouncilDeliberation);
    }

    public Signatory needingCouncilDeliberation(boolean needed) {
        return new Signatory(kind, organisationId, organisationName, representatives, authorisations, needed);
    }

    public boolean isCaf() {
        return kind == PartyKind.CAF;
    }

    public boolean hasRepresentative(RepresentativeRole role) {
        return representatives.stream().anyMatch(r -> r.role() == role);
    }
}
