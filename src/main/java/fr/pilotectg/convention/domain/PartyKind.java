package fr.pilotectg.convention.domain;

import java.util.Optional;

/**
 * What kind of party signs (or accompanies) a convention. Labels: {@code convention.party.<NAME>}; the assembly that
 * deliberates for it: {@code convention.party.assembly.<NAME>} (« comité syndical » for a syndicat). A commune associée
 * (Lomme, Hellemmes within Lille) has its own conseil communal. A syndicat is a SIVU, a SIVOM or a syndicat mixte.
 */
public enum PartyKind {
    CAF,
    COMMUNE,
    COMMUNE_ASSOCIEE,
    EPCI,
    SYNDICAT,
    CCAS_CIAS,
    DEPARTEMENT,
    REGION,
    MSA,
    CPAM_CARSAT,
    ETAT,
    EDUCATION_NATIONALE,
    ASSOCIATION,
    OTHER;

    /**
     * Whether a party of this kind signs only after a deliberation of its elected assembly authorising the
     * signature (conseil municipal, communal, communautaire, comité syndical, conseil d'administration of a CCAS,
     * conseil départemental or régional). The Caf signs on the authority of its board's CPOG deliberation and of its
     * director, so it needs none per convention; MSA and State likewise. A signatory may override this default.
     */
    public boolean needsCouncilDeliberationByDefault() {
        return switch (this) {
            case COMMUNE, COMMUNE_ASSOCIEE, EPCI, SYNDICAT, CCAS_CIAS, DEPARTEMENT, REGION -> true;
            default -> false;
        };
    }

    /** Whether this is a local authority or a grouping of them (the "collectivité" side of a CTG). */
    public boolean isCollectivite() {
        return switch (this) {
            case COMMUNE, COMMUNE_ASSOCIEE, EPCI, SYNDICAT, DEPARTEMENT, REGION -> true;
            default -> false;
        };
    }

    /**
     * Whether a party of this kind may lead the territory's side of the convention (porteur): a commune, an EPCI or a
     * syndicat intercommunal.
     */
    public boolean mayLead() {
        return this == COMMUNE || this == EPCI || this == SYNDICAT;
    }

    /** The message key of the assembly that deliberates for a party of this kind, if it has one. */
    public Optional<String> assemblyKey() {
        return switch (this) {
            case ETAT, EDUCATION_NATIONALE, OTHER -> Optional.empty();
            default -> Optional.of("convention.party.assembly." + name());
        };
    }

    public String messageKey() {
        return "convention.party." + name();
    }
}
