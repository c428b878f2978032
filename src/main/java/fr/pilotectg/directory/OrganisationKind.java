package fr.pilotectg.directory;

/** The kinds of organisation that take part in a CTG. */
public enum OrganisationKind {
    CAF,
    COMMUNE,
    EPCI,
    DEPARTEMENT,
    MSA,
    ETAT,
    ASSOCIATION,
    OTHER
}
