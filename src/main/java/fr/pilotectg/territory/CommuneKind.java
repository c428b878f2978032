package fr.pilotectg.territory;

/** The kinds of commune rows in the Code officiel géographique. */
public enum CommuneKind {
    COMMUNE,
    COMMUNE_ASSOCIEE,
    COMMUNE_DELEGUEE,
    ARRONDISSEMENT_MUNICIPAL;

    /** A commune associée or déléguée belongs to a parent commune (its chef-lieu). */
    public boolean hasParent() {
        return this != COMMUNE;
    }
}
