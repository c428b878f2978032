package fr.pilotectg.governance.domain;

/** What kind of governance body; label {@code governance.kind.<KIND>}. */
public enum BodyKind {
    COPIL,
    COTECH,
    INSTANCE_LOCALE,
    GROUPE_THEMATIQUE,
    GROUPE_TRAVAIL
}
