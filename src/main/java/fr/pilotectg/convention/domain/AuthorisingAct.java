package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.PartialDate;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The act that authorises a party's representative to sign, as the convention cites it: "Délibération du conseil
 * municipal de la ville de Lille – Hellemmes – Lomme du 29 juin 2021". {@code reference} is the act's own number
 * (DE23.027) or ACTES identifier, {@code deliberationId} the matching record of the deliberation module once it is
 * known. Only the description is required: conventions often cite an act with no number and no date (« délibération du
 * conseil municipal »), and its date may be known to the day, the month or the year only.
 */
public record AuthorisingAct(String description, PartialDate adoptedOn, String reference, UUID deliberationId) {

    public AuthorisingAct {
        description = ConventionErrors.requireText(description, ConventionErrors.AUTHORISING_ACT_DESCRIPTION_REQUIRED);
        reference = ConventionErrors.optionalText(reference);
    }

    public static AuthorisingAct of(String description, LocalDate adoptedOn, String reference) {
        return new AuthorisingAct(description, PartialDate.ofNullable(adoptedOn), reference, null);
    }

    /** A deliberation only cited: no date, no number (« délibération citée, non datée »). */
    public static AuthorisingAct cited(String description) {
        return new AuthorisingAct(description, null, null, null);
    }

    /** Whether its date is known to the day (a record of the deliberation module always is). */
    public boolean isDated() {
        return deliberationId != null || (adoptedOn != null && adoptedOn.isExact());
    }
}
