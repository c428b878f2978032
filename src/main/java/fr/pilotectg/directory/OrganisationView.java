package fr.pilotectg.directory;

import java.util.List;
import java.util.UUID;

/**
 * An organisation as other modules and the API see it.
 *
 * @param departements the départements a Caf covers (or a Département's own code)
 * @param communes INSEE codes of the communes it is attached to
 * @param epcis SIREN of the EPCI it is attached to
 * @param version for optimistic locking: send it back with a change
 * @param epciCommunes INSEE codes of the member communes of those EPCI (reference data, read with the organisation): an
 *     organisation attached to an EPCI stands on its communes, so the Caf of those communes reaches it
 */
public record OrganisationView(
        UUID id,
        OrganisationKind kind,
        String name,
        String shortName,
        String siren,
        List<String> departements,
        List<String> communes,
        List<String> epcis,
        int version,
        List<String> epciCommunes) {

    public OrganisationView {
        departements = List.copyOf(departements);
        communes = List.copyOf(communes);
        epcis = List.copyOf(epcis);
        epciCommunes = List.copyOf(epciCommunes);
    }

    /** An organisation attached to no EPCI, or whose EPCI's communes are not needed (tests, demo views). */
    public OrganisationView(
            UUID id,
            OrganisationKind kind,
            String name,
            String shortName,
            String siren,
            List<String> departements,
            List<String> communes,
            List<String> epcis,
            int version) {
        this(id, kind, name, shortName, siren, departements, communes, epcis, version, List.of());
    }

    /** "59 · 59350, 59355": départements covered, then communes attached, for lists. */
    public String territorySummary() {
        String deps = String.join(", ", departements);
        String codes = String.join(", ", communes);
        return deps.isEmpty() || codes.isEmpty() ? deps + codes : deps + " · " + codes;
    }

    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
