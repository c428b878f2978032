package fr.pilotectg.platform;

import fr.pilotectg.shared.InseeCode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Where a piece of data stands, for the access mechanism: the organisations that take part in it, the communes
 * (INSEE codes) and the départements it covers. A convention's footprint is its owner, signatories and partners and
 * its territory (the communes of its EPCI included); an organisation's is itself and the communes it is attached to.
 *
 * <p>An empty footprint covers nobody but administrators: data that nobody in particular takes part in is never
 * "everybody's". Data that is meant for everybody (the national reference lists) says so with {@link #nationalData()}:
 * every signed-in user reads it and only administrators change it.
 *
 * @param national true for national data that every signed-in user may read
 */
public record Footprint(boolean national, Set<UUID> organisations, Set<String> communes, Set<String> departements) {

    /** The départements of the communes are always part of the footprint: a Caf agent sees what lies on its territory. */
    public Footprint {
        organisations = Set.copyOf(organisations);
        communes = Set.copyOf(communes);
        Set<String> all = new HashSet<>(departements);
        communes.stream()
                .filter(InseeCode::isWellFormed)
                .map(code -> new InseeCode(code).departementCode())
                .forEach(all::add);
        departements = Set.copyOf(all);
        if (national && !(organisations.isEmpty() && communes.isEmpty() && departements.isEmpty())) {
            throw new IllegalArgumentException("national data has no organisation, commune or département of its own");
        }
    }

    public static Footprint of(
            Collection<UUID> organisations, Collection<String> communes, Collection<String> departements) {
        return new Footprint(false, Set.copyOf(organisations), Set.copyOf(communes), Set.copyOf(departements));
    }

    public static Footprint ofOrganisation(UUID organisation) {
        return new Footprint(false, Set.of(organisation), Set.of(), Set.of());
    }

    /** Where a commune's own data stands (its declared inventory, a register entry without gestionnaire). */
    public static Footprint ofCommune(String communeCode) {
        return new Footprint(false, Set.of(), Set.of(communeCode), Set.of());
    }

    /** Data no organisation takes part in (e.g. sign-in alerts): administrators only. */
    public static Footprint administratorsOnly() {
        return new Footprint(false, Set.of(), Set.of(), Set.of());
    }

    /** National data (reference lists): every signed-in user reads it, only administrators change it. */
    public static Footprint nationalData() {
        return new Footprint(true, Set.of(), Set.of(), Set.of());
    }

    /** No organisation, commune or département: only administrators reach it. */
    public boolean isEmpty() {
        return !national && organisations.isEmpty() && communes.isEmpty() && departements.isEmpty();
    }

    /** Arrays for the three footprint columns a table stores (see {@link ReachSql#covers}). */
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
