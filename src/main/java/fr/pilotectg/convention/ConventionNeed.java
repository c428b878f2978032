package fr.pilotectg.convention;

import java.util.Locale;
import java.util.Optional;

/**
 * An act a convention waits for, as the home page of a Caf agent groups them and the portfolio filters them (issue 16).
 * Computed in SQL from the stored columns and today's date, never stored. Label {@code convention.need.<NAME>}; the
 * portfolio's parameter is {@link #slug()}.
 */
public enum ConventionNeed {
    /** Ended (signed once, end date past) without a successor nor an early termination: renew it or close it. */
    ENDED_WITHOUT_SUCCESSOR,
    /** Still a draft or in signature while its period has started: sign it or move its dates. */
    DRAFT_STARTED,
    /** In signature while a signatory that must deliberate has no deliberation linked yet. */
    AWAITING_DELIBERATION;

    public String messageKey() {
        return "convention.need." + name();
    }

    /** The portfolio's {@code besoin} parameter: « terminee-sans-suivante »… */
    public String slug() {
        return switch (this) {
            case ENDED_WITHOUT_SUCCESSOR -> "terminee-sans-suivante";
            case DRAFT_STARTED -> "projet-commence";
            case AWAITING_DELIBERATION -> "deliberation-attendue";
        };
    }

    /** The need named by the portfolio's parameter (or the enum's name), if any. */
    public static Optional<ConventionNeed> fromParam(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        for (ConventionNeed need : values())
            if (need.slug().equals(value.strip())
                    || need.name().equals(value.strip().toUpperCase(Locale.ROOT))) return Optional.of(need);
        return Optional.empty();
    }
}
