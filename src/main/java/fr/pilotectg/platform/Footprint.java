package fr.pilotectg.platform;

import fr.pilotectg.shared.InseeCode;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Where a piece of data stands, for the access mechanism: the organisations that take part in it, the communes
 * (INSEE codes) and the départements it covers. A convention's footprint is its signatories and its territory;
 * an organisation's is itself and the communes it is attached to.
 */
public record Footprint(Set<UUID> organisations, Set<String> communes, Set<String> departements) {

    /** The départements of the communes are always part of the footprint: a Caf agent sees what lies on its territory. */
    public Footprint {
        organisations = Set.copyOf(organisations);
        communes = Set.copyOf(communes);
        Set<String> all = new java.util.HashSet<>(departements);
        communes.stream().filter(InseeCode::isWellFormed).map(code -> new InseeCode(code).departementCode()).forEach(all::add);
        departements = Set.copyOf(all);
    }

    public static Footprint of(Collection<UUID> organisations, Collection<String> communes, Collection<String> departements) {
        return new Footprint(Set.copyOf(organisations), Set.copyOf(communes), Set.copyOf(departements));
    }

    public static Footprint ofOrganisation(UUID organisation) {
        return new Footprint(Set.of(organisation), Set.of(), Set.of());
    }

    /** Data that belongs to nobody in particular (e.g. national reference lists): only admins may change it. */
    public static Footprint global() {
        return new Footprint(Set.of(), Set.of(), Set.of());
    }
}
