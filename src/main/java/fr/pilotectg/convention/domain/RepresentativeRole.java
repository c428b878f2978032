package fr.pilotectg.convention.domain;

/**
 * In which capacity a person signs for an organisation. A Caf signs through two people: the président(e) of its
 * board (conseil d'administration) and its directeur/directrice (possibly "par intérim"). The printed title is kept
 * next to it in {@link Representative#title()}. Labels: {@code convention.representative.role.<NAME>}.
 */
public enum RepresentativeRole {
    /** Président(e) du conseil d'administration (Caf, MSA). */
    BOARD_CHAIR,
    /** Directeur / directrice (général(e), par intérim). */
    DIRECTOR,
    /** Maire of a commune or of a commune associée. */
    MAYOR,
    /** Président(e) of an EPCI or of a conseil départemental. */
    PRESIDENT,
    /** Préfet(e) or another State representative. */
    PREFECT,
    /** Adjoint(e), vice-président(e) or another person holding a delegation. */
    DELEGATE,
    OTHER;

    public String messageKey() {
        return "convention.representative.role." + name();
    }
}
