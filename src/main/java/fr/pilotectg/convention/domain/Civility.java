package fr.pilotectg.convention.domain;

/**
 * How a representative is addressed, for the agreement of printed clauses (« représentée par Madame … dûment
 * autorisée »). Unknown while the text does not say (null, shown « non renseignée »). Labels:
 * {@code convention.civility.<NAME>}.
 */
public enum Civility {
    MADAME,
    MONSIEUR;

    public String messageKey() {
        return "convention.civility." + name();
    }
}
