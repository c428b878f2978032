package fr.pilotectg.governance.domain;

/** The institution a seat or a member represents, as the conventions group them; label {@code governance.institution.<X>}. */
public enum Institution {
    COLLECTIVITE,
    CAF,
    DEPARTEMENT,
    ETAT,
    HABITANTS,
    PARTENAIRES
}
