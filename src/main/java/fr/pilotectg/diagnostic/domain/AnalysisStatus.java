package fr.pilotectg.diagnostic.domain;

/** Where an analysis stands. */
public enum AnalysisStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
