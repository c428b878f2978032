package fr.pilotectg.actionplan;

/**
 * What the final bilan decides for a fiche still open when its convention ends: closed as done (from « en cours »),
 * carried into the successor's plan (a new draft there, this one abandoned « reportée »), or abandoned with a reason.
 */
public enum FicheOutcome {
    CLOSE,
    CARRY,
    ABANDON;

    public String messageKey() {
        return "actionplan.outcome." + name();
    }
}
