package fr.pilotectg.platform;

import java.util.Collections;
import java.util.Set;
import java.util.UUID;

/**
 * What a user can see: everything (admin), or the organisations, communes and départements their organisation
 * takes part in. Queries filter with it; {@link AccessControl} checks single items against it.
 */
public record Reach(boolean all, Set<UUID> organisations, Set<String> communes, Set<String> departements) {

    public Reach {
        organisations = Set.copyOf(organisations);
        communes = Set.copyOf(communes);
        departements = Set.copyOf(departements);
    }

    public static Reach everything() {
        return new Reach(true, Set.of(), Set.of(), Set.of());
    }

    public static Reach nothing() {
        return new Reach(false, Set.of(), Set.of(), Set.of());
    }

    /**
     * The one access rule: everything for an administrator; national data for everybody; otherwise an organisation,
     * a commune or a département in common. An empty footprint is covered by nobody but an administrator.
     * {@link ReachSql#covers} is the same rule in SQL.
     */
    public boolean covers(Footprint footprint) {
        if (all || footprint.national()) return true;
        return !Collections.disjoint(organisations, footprint.organisations())
                || !Collections.disjoint(communes, footprint.communes())
                || !Collections.disjoint(departements, footprint.departements());
    }

    /** SQL-friendly arrays for {@code = ANY(?)} filters. */
    public UUID[] organisationArray() {
        return organisations.toArray(UUID[]::new);
    }

    public String[] communeArray() {
        return communes.toArray(String[]::new);
    }

    public String[] departementArray() {
        return departements.toArray(String[]::new);
    }
}
