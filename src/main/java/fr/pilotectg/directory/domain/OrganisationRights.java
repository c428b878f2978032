package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may change which part of an organisation (ADR 0003). Reading follows the access mechanism; changing does not
 * follow it alone, because seeing an organisation (the Caf sees every organisation of its départements, Lille sees its
 * communes associées) does not make one its owner:
 * <ul>
 *   <li>its <b>identity</b> (name, short name, SIREN) belongs to the organisation itself: its own agents, or an admin;</li>
 *   <li>its <b>attachments</b> (communes, EPCI) decide what its users see, so they belong to the Caf of its territory
 *       (within the Caf's départements) or to an admin;</li>
 *   <li>its <b>classification</b> (kind, départements covered) is an admin's alone.</li>
 * </ul>
 */
@Component
public class OrganisationRights {

    /** A part of an organisation that one right covers. */
    public enum Part {
        IDENTITY,
        ATTACHMENTS,
        CLASSIFICATION
    }

    private final AccessControl access;

    OrganisationRights(AccessControl access) {
        this.access = access;
    }

    /** The parts of {@code organisation} the signed-in user may change (none for readers and partners of others). */
    public Set<Part> of(OrganisationView organisation) {
        PiloteUser user = CurrentUser.optional().orElse(null);
        if (user == null || !access.canRead(Directory.footprintOf(organisation))) return Set.of();
        if (user.isAdmin()) return EnumSet.allOf(Part.class);
        Set<Part> parts = EnumSet.noneOf(Part.class);
        boolean agent = user.role() == Role.CAF_AGENT || user.role() == Role.COLLECTIVITE_AGENT;
        if (agent && organisation.id().equals(user.organisationId())) parts.add(Part.IDENTITY);
        if (user.role() == Role.CAF_AGENT && access.canWrite(Directory.footprintOf(organisation)))
            parts.add(Part.ATTACHMENTS);
        return parts;
    }

    /** Whether a commune (INSEE code) lies on the signed-in user's territory, so that they may attach an organisation to it. */
    boolean mayAttachTo(String communeCode) {
        return access.isAdmin() || access.canWrite(Footprint.ofCommune(communeCode));
    }
}
