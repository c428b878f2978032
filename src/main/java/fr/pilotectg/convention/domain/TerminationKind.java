package fr.pilotectg.convention.domain;

import java.time.LocalDate;

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

    /** Formal notice: "à l'expiration d'un délai d'un mois suivant l'envoi d'une lettre recommandée". */
    public static final int FORMAL_NOTICE_MONTHS = 1;
    /** Denunciation: "moyennant un délai de prévenance de 6 mois". */
    public static final int NOTICE_MONTHS = 6;

    /**
     * The day a termination of this kind acted on {@code actOn} takes effect. Month arithmetic is
     * {@link LocalDate#plusMonths}: a letter sent on 31 January 2024 gives 29 February 2024 (the last day of a shorter
     * month, as French procedure counts months).
     */
    public LocalDate effectiveOn(LocalDate actOn) {
        return switch (this) {
            case FORMAL_NOTICE -> actOn.plusMonths(FORMAL_NOTICE_MONTHS);
            case UNILATERAL_CHANGE -> actOn;
            case NOTICE -> actOn.plusMonths(NOTICE_MONTHS);
        };
    }

    public String messageKey() {
        return "convention.termination." + name();
    }
}
