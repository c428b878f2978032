package fr.pilotectg.convention;

import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What one user may change in one convention (the rule of {@link ConventionRights}, ADR 0003 "Within a convention"):
 * everything, what is their organisation's own, what names their organisation, or nothing. Computed once per convention
 * and asked for each object.
 */
public final class ConventionGrant {

    /** How far a grant goes. */
    enum Scope {
        /** Everything (administrator, Caf agent, lead collectivité). */
        ALL,
        /** What the organisation pilots, owns or employs, and what concerns its communes (another collectivité). */
        OWN,
        /** What names the organisation (partner). */
        NAMED,
        /** Nothing (reader, or the convention is read-only for the user). */
        NONE
    }

    static final ConventionGrant ALL = new ConventionGrant(Scope.ALL, null, Set.of());
    static final ConventionGrant NONE = new ConventionGrant(Scope.NONE, null, Set.of());

    private final Scope scope;
    private final UUID organisation;
    private final Set<String> communes;

    private ConventionGrant(Scope scope, UUID organisation, Set<String> communes) {
        this.scope = scope;
        this.organisation = organisation;
        this.communes = Set.copyOf(communes);
    }

    /**
     * The current user's grant in a convention standing on {@code footprint} whose lead collectivité is {@code lead}
     * (null: none yet). Nothing unless {@link AccessControl#canWrite} lets them change what hangs on it.
     */
    public static ConventionGrant forCurrentUser(AccessControl access, Footprint footprint, UUID lead) {
        var user = CurrentUser.optional();
        if (user.isEmpty() || !access.canWrite(footprint)) return NONE;
        PiloteUser u = user.get();
        return switch (u.role()) {
            case ADMIN, CAF_AGENT -> ALL;
            case READER -> NONE;
            case PARTNER -> new ConventionGrant(Scope.NAMED, u.organisationId(), Set.of());
            case COLLECTIVITE_AGENT ->
                u.organisationId().equals(lead)
                        ? ALL
                        : new ConventionGrant(
                                Scope.OWN,
                                u.organisationId(),
                                access.currentReach().communes());
        };
    }

    /** Every part, every object (administrator, Caf agent, lead collectivité). */
    public boolean all() {
        return scope == Scope.ALL;
    }

    /** Something at least: objects of its own may be created (a fiche it pilots, a body it owns, a post it employs). */
    public boolean some() {
        return scope != Scope.NONE;
    }

    /** The organisation whose own objects the user changes (null with every part or none). */
    public UUID organisation() {
        return organisation;
    }

    /** Whether an object of {@code part} owned by (or naming) {@code owners}, about {@code communes}, may be changed. */
    public boolean canChange(ConventionPart part, Collection<UUID> owners, Collection<String> communes) {
        return switch (scope) {
            case ALL -> true;
            case NONE -> false;
            case NAMED -> part != ConventionPart.TERMS && names(owners);
            case OWN ->
                part != ConventionPart.TERMS
                        && (names(owners)
                                || communes.stream().filter(Objects::nonNull).anyMatch(this.communes::contains));
        };
    }

    /** Whether the terms (and the plan's structure) may be changed. */
    public boolean canChangeTerms() {
        return canChange(ConventionPart.TERMS, Set.of(), Set.of());
    }

    /** As {@link #canChange}, or 403 with the part's code. */
    public void require(ConventionPart part, Collection<UUID> owners, Collection<String> communes) {
        if (!canChange(part, owners, communes)) throw new DomainException(ErrorKind.FORBIDDEN, part.refusal());
    }

    private boolean names(Collection<UUID> owners) {
        return organisation != null && owners.stream().filter(Objects::nonNull).anyMatch(organisation::equals);
    }
}
