package fr.pilotectg.convention.domain;

import fr.pilotectg.platform.Footprint;
import fr.pilotectg.territory.Territories;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where a convention stands for the access mechanism: its owner, signatories and partners (those of a pending avenant
 * too), its communes and the member communes of its EPCI. It is stored with the convention
 * ({@code ConventionSummary.footprint()}) and read back by every other check and list.
 */
@Component
public class ConventionFootprints {

    private final Territories territories;

    ConventionFootprints(Territories territories) {
        this.territories = territories;
    }

    public Footprint of(ConventionRepository.Stored stored) {
        return of(stored.convention(), stored.owner());
    }

    /** The footprint of {@code convention} recorded by {@code owner} (null: an administrator or a start-up task). */
    public Footprint of(Convention convention, UUID owner) {
        ConventionTerms terms = convention.currentTerms();
        Set<UUID> organisations = new HashSet<>();
        if (owner != null) organisations.add(owner);
        terms.signatories().stream()
                .map(Signatory::organisationId)
                .filter(Objects::nonNull)
                .forEach(organisations::add);
        terms.partners().stream()
                .map(Partner::organisationId)
                .filter(Objects::nonNull)
                .forEach(organisations::add);
        convention
                .pendingAmendment()
                .ifPresent(a -> a.terms().signatories().stream()
                        .map(Signatory::organisationId)
                        .filter(Objects::nonNull)
                        .forEach(organisations::add));
        Set<String> communes = new HashSet<>();
        // a collective party's member communes stand with the convention as its territory does
        terms.signatories().forEach(s -> s.members().forEach(c -> communes.add(c.value())));
        terms.communes().forEach(c -> communes.add(c.value()));
        terms.epcis().forEach(e -> territories.epciMembers(e.value()).forEach(c -> communes.add(c.inseeCode())));
        return Footprint.of(organisations, communes, Set.of());
    }

    /** Whether two footprints share an organisation or a commune. */
    static boolean overlap(Footprint a, Footprint b) {
        return a.organisations().stream().anyMatch(b.organisations()::contains)
                || a.communes().stream().anyMatch(b.communes()::contains);
    }
}
