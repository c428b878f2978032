package fr.pilotectg.actionplan;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a fiche action stands, as in the CTG template: drafted, presented to the council, validated by the Caf, in
 * progress, then done or abandoned (with a reason). Label: {@code actionplan.status.<STATUS>}.
 */
public enum FicheStatus {
    DRAFT,
    PRESENTED,
    VALIDATED,
    IN_PROGRESS,
    DONE,
    ABANDONED;

    /** The statuses this one may move to. */
    public Set<FicheStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PRESENTED, ABANDONED);
            case PRESENTED -> EnumSet.of(VALIDATED, DRAFT, ABANDONED);
            case VALIDATED -> EnumSet.of(IN_PROGRESS, ABANDONED);
            case IN_PROGRESS -> EnumSet.of(DONE, ABANDONED);
            case DONE, ABANDONED -> EnumSet.noneOf(FicheStatus.class);
        };
    }

    public boolean isClosed() {
        return this == DONE || this == ABANDONED;
    }

    public String messageKey() {
        return "actionplan.status." + name();
    }
}
