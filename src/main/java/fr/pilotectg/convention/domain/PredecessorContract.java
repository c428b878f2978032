package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The contract a convention takes over from, as a plain description (it may predate the application): for Lille,
 * the CEJ 2016-2019 "prolongé par voie d'avenant jusqu'au 31 décembre 2020". Its dates are known to the day, the
 * month or the year, as the text gives them (« CEJ 2016-2019 »); {@code extendedTo} is the end after extension, if
 * any. Order is checked on the calendar bounds: an end whose last possible day is before the start's first is refused.
 */
public record PredecessorContract(
        PredecessorKind kind,
        String label,
        PartialDate start,
        PartialDate end,
        @Nullable PartialDate extendedTo) {

    public PredecessorContract {
        if (kind == null || start == null || end == null)
            throw DomainException.invalid(ConventionErrors.PREDECESSOR_INCOMPLETE);
        label = ConventionErrors.requireText(label, ConventionErrors.PREDECESSOR_INCOMPLETE);
        if (end.lastDay().isBefore(start.firstDay()))
            throw DomainException.invalid(ConventionErrors.PREDECESSOR_PERIOD_INVALID, start.french(), end.french());
        if (extendedTo != null && !extendedTo.lastDay().isAfter(end.lastDay())) {
            throw DomainException.invalid(
                    ConventionErrors.PREDECESSOR_EXTENSION_INVALID, end.french(), extendedTo.french());
        }
    }

    /** When the predecessor really ended, extension included. */
    public PartialDate actualEnd() {
        return extendedTo != null ? extendedTo : end;
    }

    public boolean wasExtended() {
        return extendedTo != null;
    }
}
