package fr.pilotectg.convention.domain;

/**
 * The three ways a CTG ends before its term (LLH art. 12 = Armentières art. 13). Labels:
 * {@code convention.termination.<NAME>}.
 */
public enum TerminationKind {
    /**
     * "Résiliation de plein droit avec mise en demeure": a party failed an obligation (or the law, then only the
     * Caf may terminate); effective one month after the registered letter (LRAR) if the default is not remedied.
     */
    FORMAL_NOTICE,
    /**
     * "Résiliation de plein droit sans mise en demeure": by the Caf, immediately, when a term was modified without
     * the signature of an avenant.
     */
    UNILATERAL_CHANGE,
    /**
     * Printed under the heading "Résiliation par consentement mutuel", but the clause lets either party
     * "dénoncer" the convention alone with six months' notice ("délai de prévenance de 6 mois").
     */
    NOTICE;

    public String messageKey() {
        return "convention.termination." + name();
    }
}
