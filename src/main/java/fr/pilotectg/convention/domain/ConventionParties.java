package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionParty;
import fr.pilotectg.shared.InseeCode;
import java.util.List;

/** The parties of a set of terms as the front door shows them to other modules ({@link ConventionParty}). */
public final class ConventionParties {

    private ConventionParties() {}

    public static List<ConventionParty> of(ConventionTerms terms) {
        return terms.signatories().stream().map(ConventionParties::party).toList();
    }

    static ConventionParty party(Signatory s) {
        return new ConventionParty(
                s.kind().name(),
                s.kind().messageKey(),
                s.kind().assemblyKey().orElse(null),
                s.organisationName(),
                s.alias(),
                s.organisationId(),
                s.isIdentified(),
                s.collective(),
                s.members().stream().map(InseeCode::value).toList(),
                s.needsCouncilDeliberation(),
                s.representatives().stream()
                        .map(r -> new ConventionParty.Person(
                                r.civility() == null ? null : r.civility().name(),
                                r.name(),
                                r.title(),
                                r.role().name(),
                                r.role().category().name()))
                        .toList(),
                s.authorisations().stream()
                        .map(a -> new ConventionParty.Act(
                                a.description(), a.adoptedOn(), a.reference(), a.deliberationId()))
                        .toList());
    }
}
