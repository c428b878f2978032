package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.platform.ReachResolver;
import fr.pilotectg.platform.Role;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a user's organisation takes part in: the organisation itself, the communes it is attached to (with their
 * communes associées: Lille's agents see Lomme and Hellemmes), the members of the EPCI it is attached to, and for a Caf
 * the départements it covers.
 */
@Component
class DirectoryReachResolver implements ReachResolver {

    private final OrganisationRepository organisations;
    private final Territories territories;

    DirectoryReachResolver(OrganisationRepository organisations, Territories territories) {
        this.organisations = organisations;
        this.territories = territories;
    }

    @Override
    public Reach reachOf(PiloteUser user) {
        if (user.role() == Role.ADMIN) return Reach.everything();
        OrganisationView organisation =
                organisations.findView(user.organisationId()).orElse(null);
        if (organisation == null) return Reach.nothing();
        Set<String> communes = new HashSet<>(organisation.communes());
        for (String code : organisation.communes()) {
            territories.attachedCommunes(code).stream()
                    .map(CommuneView::inseeCode)
                    .forEach(communes::add);
        }
        for (String siren : organisation.epcis()) {
            territories.epciMembers(siren).stream().map(CommuneView::inseeCode).forEach(communes::add);
        }
        Set<String> departements =
                organisation.kind() == OrganisationKind.CAF ? Set.copyOf(organisation.departements()) : Set.of();
        return new Reach(false, Set.of(organisation.id()), communes, departements);
    }
}
