package fr.pilotectg.convention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current terms of a convention as its text prints them, for the generated documents: parties in the source order
 * (as recorded), representatives with their roles as recorded, authorising acts and deliberations linked in the register, partners, objectives,
 * the missions and enjeux retained with their labels, the collectivité's fields, the signature place and date.
 *
 * @param partyKind per signatory, the {@code PartyKind} name (CAF, COMMUNE, EPCI, ETAT…)
 * @param signedOn null while unsigned; {@code signaturePlace} null while unknown
 */
public record ConventionText(
        ConventionSummary summary,
        String tagline,
        List<Party> signatories,
        List<Partner> partners,
        List<String> objectives,
        List<Mission> missions,
        List<String> collectiviteFields,
        List<String> themes,
        String predecessor,
        LocalDate signedOn,
        String signaturePlace) {

    public ConventionText {
        signatories = List.copyOf(signatories);
        partners = List.copyOf(partners);
        objectives = List.copyOf(objectives);
        missions = List.copyOf(missions);
        collectiviteFields = List.copyOf(collectiviteFields);
        themes = List.copyOf(themes);
    }

    /** A signatory: its representatives (possibly none yet) and the acts that authorise them. */
    public record Party(
            String partyKind,
            UUID organisationId,
            String name,
            List<Person> representatives,
            List<Act> acts,
            List<UUID> deliberationIds) {
        public Party {
            representatives = List.copyOf(representatives);
            acts = List.copyOf(acts);
            deliberationIds = List.copyOf(deliberationIds);
        }
    }

    /** A representative: name as recorded, role code ({@code RepresentativeRole}) and printed title (may be null). */
    public record Person(String name, String role, String title) {}

    /** An authorising act as cited; {@code adoptedOn} null when the text gives no exact date. */
    public record Act(String description, LocalDate adoptedOn, String reference, UUID deliberationId) {}

    /** A partner that does not sign. */
    public record Partner(String name, String partyKind, String role) {}

    /** A Caf mission retained, with the labels of its enjeux retained. */
    public record Mission(String code, String label, List<String> enjeux) {
        public Mission {
            enjeux = List.copyOf(enjeux);
        }
    }
}
