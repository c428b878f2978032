package fr.pilotectg.convention;

import fr.pilotectg.convention.domain.ConventionId;
import fr.pilotectg.convention.domain.ConventionRepository;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.DomainException;
import java.util.Collection;
import java.util.Collections;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changes which part of a convention shared by several organisations (ADR 0003, "Within a convention"). Reading is
 * unchanged: whoever's reach covers the convention reads all of it. Changing, for those {@link AccessControl#canWrite}
 * lets change what hangs on the convention:
 *
 * <ul>
 *   <li>administrators, the Caf agents whose reach covers it and the agents of its lead collectivité
 *       ({@link #leadOf}: the first commune, EPCI or syndicat signatory) change every part;</li>
 *   <li>the agents of another collectivité change the fiches their organisation pilots or that concern one of their
 *       communes (the commune of the fiche's axis), and the governance bodies and posts their organisation owns or
 *       employs or whose commune is one of theirs; never the terms (nor the plan's structure: axes, import);</li>
 *   <li>partners change only what names their organisation (a fiche it pilots, a body it owns, a post it employs);</li>
 *   <li>readers change nothing.</li>
 * </ul>
 *
 * The one implementation of that rule; every module's change flow asks it, every page asks it which buttons to offer.
 * A refusal is 403 with the part's code ({@link ConventionPart#refusal()}); out of reach stays the caller's 404. The
 * decision itself is {@link ConventionGrant}.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = DomainException.class)
public class ConventionRights {

    private final ConventionRepository repository;
    private final AccessControl access;
    private final Directory directory;

    ConventionRights(ConventionRepository repository, AccessControl access, Directory directory) {
        this.repository = repository;
        this.access = access;
        this.directory = directory;
    }

    /** What the current user may change in {@code convention}: computed once, asked for each object of a page. */
    public ConventionGrant of(ConventionSummary convention) {
        return ConventionGrant.forCurrentUser(access, convention.footprint(), leadOf(convention));
    }

    /** Whether the current user may change an object of {@code part} owned by {@code owners}, about {@code communes}. */
    public boolean canChange(
            ConventionSummary convention, ConventionPart part, Collection<UUID> owners, Collection<String> communes) {
        return of(convention).canChange(part, owners, communes);
    }

    /** As {@link #canChange}, or 403 with the part's code. */
    public void requireChange(
            ConventionSummary convention, ConventionPart part, Collection<UUID> owners, Collection<String> communes) {
        of(convention).require(part, owners, communes);
    }

    /**
     * The organisation of the convention's lead collectivité: its first commune or EPCI signatory (else its first
     * commune associée); while none signs, the organisation that recorded it. Null for none.
     */
    public UUID leadOf(ConventionSummary convention) {
        return repository
                .find(new ConventionId(convention.id()))
                .map(ConventionRepository.Stored::lead)
                .orElse(null);
    }

    /**
     * Whether an organisation may be named in what hangs on the convention (a fiche's pilot or partner): one of the
     * convention's organisations (owner, signatories, partners), or an organisation of the directory attached to one
     * of its communes or covering one of its départements (the Département, an association of the territory).
     */
    public boolean takesPart(ConventionSummary convention, UUID organisationId) {
        if (organisationId == null) return false;
        if (convention.organisations().contains(organisationId)) return true;
        return directory
                .findOrganisation(organisationId)
                .filter(o -> covers(o, convention))
                .isPresent();
    }

    private static boolean covers(OrganisationView organisation, ConventionSummary convention) {
        return !Collections.disjoint(
                        organisation.communes(), convention.footprint().communes())
                || !Collections.disjoint(
                        organisation.departements(), convention.footprint().departements());
    }
}
