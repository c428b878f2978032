package fr.pilotectg.deliberation.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Nature of an act, last segment of its ACTES identifier, with the numeric nature used by @ctes (1 to 6).
 * DE, AR, AI and AU are sourced (domain-spec §3.4); CC and BF are the usual codes but no public source was found
 * (spec {@code PARAM actes.natureCodes}). Labels: {@code deliberation.nature.<NAME>}.
 */
public enum ActeNature {
    DE(1),
    AR(2),
    AI(3),
    CC(4),
    BF(5),
    AU(6);

    private final int actesCode;

    ActeNature(int actesCode) {
        this.actesCode = actesCode;
    }

    /** The numeric @ctes nature: 1 Délibérations … 6 Autres. */
    public int actesCode() {
        return actesCode;
    }

    /** The nature whose two-letter code is exactly {@code code} (upper case, as transmitted). */
    public static Optional<ActeNature> fromCode(String code) {
        return Arrays.stream(values())
                .filter(nature -> nature.name().equals(code))
                .findFirst();
    }
}
