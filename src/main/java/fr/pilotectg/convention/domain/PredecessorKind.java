package fr.pilotectg.convention.domain;

/** The kind of contract a CTG follows: a contrat enfance jeunesse, or an earlier CTG. */
public enum PredecessorKind {
    /** Contrat enfance jeunesse (2006 → 2019/2022), replaced by the CTG. */
    CEJ,
    /** Convention territoriale globale. */
    CTG;

    public String messageKey() {
        return "convention.predecessor." + name();
    }
}
