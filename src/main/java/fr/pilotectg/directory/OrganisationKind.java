package fr.pilotectg.directory;

/**
 * The kinds of organisation that take part in a CTG. A syndicat is a SIVU, a SIVOM or a syndicat mixte; CCAS_CIAS a
 * centre (inter)communal d'action sociale; CPAM_CARSAT the health and pension funds. Labels:
 * {@code directory.kind.<NAME>}.
 */
public enum OrganisationKind {
    CAF,
    COMMUNE,
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
    OTHER
}
