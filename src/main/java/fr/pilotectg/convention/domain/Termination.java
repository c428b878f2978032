package fr.pilotectg.convention.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A termination of the convention: how, by whom (the organisation id of the party, {@code null} when not given),
 * the date of the act (letter sent, decision, notice given) and the date it takes effect. From that date the
 * parties' commitments stop ("arrêt immédiat des engagements des parties").
 */
public record Termination(TerminationKind kind, UUID party, LocalDate actOn, LocalDate effectiveOn) {

    public Termination {
        Objects.requireNonNull(kind, "kind");
        ConventionErrors.require(actOn, ConventionErrors.DATE_REQUIRED);
        ConventionErrors.require(effectiveOn, ConventionErrors.DATE_REQUIRED);
    }

    /** Whether the termination has taken effect on {@code date}. */
    public boolean isEffectiveAt(LocalDate date) {
        return !date.isBefore(effectiveOn);
    }
}
