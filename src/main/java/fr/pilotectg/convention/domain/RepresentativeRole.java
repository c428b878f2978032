package fr.pilotectg.convention.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The category of the capacity in which a person signs for a party, used by the rules; the role as printed in the
 * convention (« 1er vice-Président », « Première adjointe au Maire », « Directrice par intérim ») is kept next to it in
 * {@link Representative#title()} and shown as typed. A Caf signs through its board (président(e), or a
 * vice-président(e) or a delegate) and its direction (directeur/directrice, or a delegate). Labels:
 * {@code convention.representative.role.<NAME>}.
 */
public enum RepresentativeRole {
    /** Président(e) du conseil d'administration (Caf, MSA, CCAS). */
    BOARD_CHAIR,
    /** Directeur / directrice (général(e), par intérim). */
    DIRECTOR,
    /** Maire of a commune or of a commune associée. */
    MAYOR,
    /** Président(e) of an EPCI, a syndicat, a conseil départemental or régional. */
    PRESIDENT,
    /** Vice-président(e) or adjoint(e) au maire, signing in place of the head of the party. */
    VICE_PRESIDENT,
    /** Préfet(e) or another State representative. */
    PREFECT,
    /** An elected member or an agent holding a delegation of signature. */
    DELEGATE,
    OTHER;

    /** The categories the rules use: who heads the party, who stands in for the head, its direction, a delegate. */
    public enum Category {
        HEAD,
        DEPUTY,
        DIRECTOR,
        DELEGATE,
        OTHER;

        public String messageKey() {
            return "convention.representative.category." + name();
        }
    }

    public Category category() {
        return switch (this) {
            case BOARD_CHAIR, MAYOR, PRESIDENT, PREFECT -> Category.HEAD;
            case VICE_PRESIDENT -> Category.DEPUTY;
            case DIRECTOR -> Category.DIRECTOR;
            case DELEGATE -> Category.DELEGATE;
            case OTHER -> Category.OTHER;
        };
    }

    /**
     * The category a role as printed names, when the user gives none: « 1er vice-Président » and « Première adjointe au
     * Maire » stand in for the head, « Maire » and « Présidente » head, « Directrice par intérim » directs, « délégué »
     * delegates; OTHER when the text says none of these.
     */
    public static RepresentativeRole fromPrinted(String printed) {
        if (printed == null || printed.isBlank()) return OTHER;
        String text = Normalizer.normalize(printed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        if (text.contains("vice") || text.contains("adjoint")) return VICE_PRESIDENT;
        if (text.contains("deleg")) return DELEGATE;
        if (text.contains("direct")) return DIRECTOR;
        if (text.contains("prefet")) return PREFECT;
        if (text.contains("maire")) return MAYOR;
        if (text.contains("president") && text.contains("administration")) return BOARD_CHAIR;
        if (text.contains("president")) return PRESIDENT;
        return OTHER;
    }

    public String messageKey() {
        return "convention.representative.role." + name();
    }
}
