package fr.pilotectg.diagnostic.domain;

/** Where a row of the schéma stands; {@code REALISED} is reached only through the realisation verb. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    REALISED,
    ABANDONED
}
