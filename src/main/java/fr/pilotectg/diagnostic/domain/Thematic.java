package fr.pilotectg.diagnostic.domain;

/** The thematic tables of the schéma (LLH annex 4). */
public enum Thematic {
    PETITE_ENFANCE_PARENTALITE,
    ENFANCE_JEUNESSE,
    PILOTAGE,
    AUTRE
}
