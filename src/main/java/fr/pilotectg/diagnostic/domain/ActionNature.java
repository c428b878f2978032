package fr.pilotectg.diagnostic.domain;

/** What a row of the schéma de développement does. */
public enum ActionNature {
    CREATION,
    DEVELOPPEMENT,
    RENOUVELLEMENT_CEJ
}
