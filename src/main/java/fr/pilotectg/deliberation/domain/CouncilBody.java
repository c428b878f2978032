package fr.pilotectg.deliberation.domain;

/** The assembly that deliberated. Labels: {@code deliberation.body.<NAME>}. */
public enum CouncilBody {
    /** Conseil municipal of a commune (Lens, Armentières). */
    CONSEIL_MUNICIPAL,
    /** Conseil communal of a commune associée (Lomme, Hellemmes: associated with Lille). */
    CONSEIL_COMMUNAL,
    /** Conseil communautaire of an EPCI. */
    CONSEIL_COMMUNAUTAIRE,
    /** Conseil d'administration of a Caf; not a collectivité, so not transmitted through ACTES. */
    CONSEIL_ADMINISTRATION_CAF,
    OTHER
}
