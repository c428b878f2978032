package fr.pilotectg.convention.domain;

/**
 * What kind of party signs (or accompanies) a convention. Labels: {@code convention.party.<NAME>}.
 * A commune associée (Lomme, Hellemmes within Lille) has its own conseil communal.
 */
public enum PartyKind {
    CAF,
    COMMUNE,
    COMMUNE_ASSOCIEE,
    EPCI,
    DEPARTEMENT,
    MSA,
    ETAT,
    OTHER;

    /**
     * Whether a party of this kind signs only after a deliberation of its elected assembly authorising the
     * signature (conseil municipal, communal, communautaire, départemental). The Caf signs on the authority of its
     * board's CPOG deliberation and of its director, so it needs none per convention; MSA and State likewise.
     * A signatory may override this default.
     */
    public boolean needsCouncilDeliberationByDefault() {
        return this == COMMUNE || this == COMMUNE_ASSOCIEE || this == EPCI || this == DEPARTEMENT;
    }

    /** Whether this is a local authority (the "collectivité" side of a CTG). */
    public boolean isCollectivite() {
        return this == COMMUNE || this == COMMUNE_ASSOCIEE || this == EPCI || this == DEPARTEMENT;
    }

    public String messageKey() {
        return "convention.party." + name();
    }
}
