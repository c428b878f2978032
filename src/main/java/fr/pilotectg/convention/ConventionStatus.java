package fr.pilotectg.convention;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a convention stands in its life cycle.
 *
 * <pre>
 * DRAFT ⇄ IN_SIGNATURE → SIGNED → ACTIVE → EXPIRED
 * SIGNED, ACTIVE → TERMINATED                 (final)
 * EXPIRED → ACTIVE                            (only through a signed avenant extending the period)
 * </pre>
 *
 * A signed convention takes effect on the start date of its period, which may precede the signature (both seeds
 * are retroactive): it is then ACTIVE until its end date, EXPIRED afterwards. Renewal never happens by itself: it
 * is a new convention (see {@code Convention.renew}). The labels are {@code convention.status.<NAME>}.
 */
public enum ConventionStatus {
    /** Projet: terms are being written and may change freely. */
    DRAFT,
    /** Circulating for council deliberations and signatures; terms are frozen. */
    IN_SIGNATURE,
    /** Signed by every party, not yet in effect (start date in the future). */
    SIGNED,
    /** In force: signed and between its start and end dates. */
    ACTIVE,
    /** Its end date has passed. */
    EXPIRED,
    /** Ended early by one of the three termination paths; final. */
    TERMINATED;

    /** The statuses this one may move to. */
    public Set<ConventionStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_SIGNATURE);
            case IN_SIGNATURE -> EnumSet.of(DRAFT, SIGNED);
            case SIGNED -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(EXPIRED, TERMINATED);
            case EXPIRED -> EnumSet.of(ACTIVE);
            case TERMINATED -> EnumSet.noneOf(ConventionStatus.class);
        };
    }

    public boolean canMoveTo(ConventionStatus target) {
        return allowedNext().contains(target);
    }

    /** Whether every party has signed (the terms then change only through an avenant). */
    public boolean isSigned() {
        return this == SIGNED || this == ACTIVE || this == EXPIRED || this == TERMINATED;
    }

    public boolean isFinal() {
        return this == TERMINATED;
    }

    public String messageKey() {
        return "convention.status." + name();
    }
}
