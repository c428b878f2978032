package fr.pilotectg.convention;

import java.util.List;

/**
 * Something about a convention that needs someone's attention: the end is near with no successor in preparation, a
 * signed convention lacks a deliberation or a préfecture receipt, it was signed before the deliberation authorising
 * it. Label: {@code convention.alert.<CODE>} with {@code args}.
 */
public record ConventionAlert(Code code, Level level, List<Object> args) {

    public enum Code {
        ENDING_WITHOUT_SUCCESSOR,
        DELIBERATION_MISSING,
        PREFECTURE_RECEIPT_MISSING,
        SIGNED_BEFORE_DELIBERATION,
        DELIBERATION_ANOMALIES,
        /** A draft (or one in signature) whose period has started: args start. */
        DRAFT_PERIOD_STARTED,
        /** A draft (or one in signature) whose period has ended: args end. */
        DRAFT_PERIOD_ENDED,
        /** Deliberations cited without a date known to the day: args dated, total. */
        DELIBERATIONS_UNDATED,
        /** Raised by the action plan module: a signed convention whose plan has no fiche. */
        EMPTY_PLAN,
        /** Raised by the governance module: its French text is the single argument. */
        GOVERNANCE
    }

    public enum Level {
        WARNING,
        DANGER,
        INFO
    }

    public ConventionAlert {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "convention.alert." + code.name();
    }

    public Object[] argArray() {
        return args.toArray();
    }

    public String cssClass() {
        return "alert-" + level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
