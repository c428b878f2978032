package fr.pilotectg.directory;

import fr.pilotectg.directory.domain.LoginThrottle;
import fr.pilotectg.directory.domain.OrganisationRepository;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.Reach;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.CommuneKind;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's front door for other modules: look organisations up and describe where they stand. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final OrganisationRepository organisations;
    private final LoginThrottle throttle;
    private final AccessControl access;
    private final fr.pilotectg.directory.domain.UserAccountRepository users;
    private final Territories territories;

    Directory(
            OrganisationRepository organisations,
            LoginThrottle throttle,
            AccessControl access,
            fr.pilotectg.directory.domain.UserAccountRepository users,
            Territories territories) {
        this.organisations = organisations;
        this.throttle = throttle;
        this.access = access;
        this.users = users;
        this.territories = territories;
    }

    /** A user another may name (a mention): id, name and organisation, nothing else. */
    public record Colleague(UUID id, String displayName, String organisationName) {}

    /** How many colleagues a mention picker offers at most, by name. */
    public static final int MENTION_CHOICES = 200;

    /**
     * The enabled users whose reach covers {@code footprint} (who may read what it describes), by name, at most
     * {@link #MENTION_CHOICES}: those a comment may mention. One query: the access rule over the users' organisations
     * ({@code ReadersOfFootprintTests} proves it selects whom each one's own reach would).
     */
    public List<Colleague> readersOf(Footprint footprint) {
        return colleaguesCovering(footprint, null, MENTION_CHOICES);
    }

    /** Of these users, the enabled ones whose reach covers {@code footprint}, by name. */
    public List<Colleague> readersAmong(Footprint footprint, Collection<UUID> userIds) {
        if (userIds.isEmpty()) return List.of();
        return colleaguesCovering(footprint, Set.copyOf(userIds), userIds.size());
    }

    private List<Colleague> colleaguesCovering(Footprint footprint, @Nullable Set<UUID> among, int limit) {
        // The reach of an organisation attached to a commune includes its communes associées, and the reach of one
        // attached to an EPCI its member communes: walk those links from the footprint's side, in the reference data.
        Set<String> communes = new HashSet<>(footprint.communes());
        Set<String> epcis = new HashSet<>();
        for (CommuneView commune : territories.communes(footprint.communes())) {
            if (commune.kind() == CommuneKind.COMMUNE) {
                if (commune.epciSiren() != null) epcis.add(commune.epciSiren());
            } else if (commune.parentInseeCode() != null) {
                communes.add(commune.parentInseeCode());
            }
        }
        return users
                .enabledPrincipalsCovering(
                        footprint.national(),
                        footprint.organisations(),
                        communes,
                        epcis,
                        footprint.departements(),
                        among,
                        limit)
                .stream()
                .map(u -> new Colleague(u.id(), u.displayName(), u.organisationName()))
                .toList();
    }

    /** The sign-ins slowed down by throttling in the last {@code since}, the latest first (for admins only). */
    public List<ThrottledSignIn> recentThrottledSignIns(java.time.Duration since, int limit) {
        return throttle.recent(since, limit);
    }

    public Optional<OrganisationView> findOrganisation(UUID id) {
        return organisations.findView(id);
    }

    public OrganisationView organisation(UUID id) {
        return findOrganisation(id).orElseThrow(() -> DomainException.notFound("ORGANISATION_NOT_FOUND", id));
    }

    /** An organisation by its exact name, as demo and seed loaders know them. */
    public Optional<OrganisationView> findOrganisationByName(String name) {
        return organisations.findByName(name);
    }

    /**
     * Type-ahead on the organisations this reach covers (ADR 0025): a name typed without its accents, or a SIREN; exact
     * names first. Forms of other modules resolve an organisation typed by name with it.
     */
    public List<OrganisationView> suggestOrganisations(Reach reach, fr.pilotectg.territory.Lookup lookup) {
        return organisations.suggest(reach, lookup);
    }

    public List<OrganisationView> organisations(Collection<UUID> ids) {
        return organisations.findViews(ids);
    }

    /**
     * Of these organisations, those whose page the current user may open (the others answer 404, ADR 0003): pages link
     * to these and show the others' names as plain text.
     */
    public Set<UUID> openable(Collection<UUID> ids) {
        if (ids.isEmpty()) return Set.of();
        return organisations(ids).stream()
                .filter(o -> access.canRead(footprintOf(o)))
                .map(OrganisationView::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The organisations a reach covers (the user's own, those on their territory), by kind and name. */
    public PageResult<OrganisationView> visibleOrganisations(Reach reach, PageQuery page) {
        return organisations.search(reach, "", null, page);
    }

    /** The organisations of one kind the current user reaches, by name (e.g. the Cafs an administrator chooses from). */
    public PageResult<OrganisationView> visibleOrganisationsOfKind(OrganisationKind kind, PageQuery page) {
        return organisations.search(access.currentReach(), "", kind, page);
    }

    /**
     * Where an organisation stands for the access mechanism: itself, its communes and the member communes of its EPCI
     * (hence their départements), and the départements it covers.
     */
    public static Footprint footprintOf(OrganisationView organisation) {
        return Footprint.of(
                List.of(organisation.id()),
                java.util.stream.Stream.concat(organisation.communes().stream(), organisation.epciCommunes().stream())
                        .toList(),
                organisation.departements());
    }
}
