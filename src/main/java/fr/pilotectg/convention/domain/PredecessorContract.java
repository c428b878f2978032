package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import java.time.LocalDate;

/**
 * The contract a convention takes over from, as a plain description (it may predate the application): for Lille,
 * the CEJ 2016-2019 "prolongé par voie d'avenant jusqu'au 31 décembre 2020". {@code extendedTo} is the end date
 * after extension, if any.
 */
public record PredecessorContract(
        PredecessorKind kind, String label, LocalDate start, LocalDate end, LocalDate extendedTo) {

    public PredecessorContract {
        if (kind == null || start == null || end == null)
            throw DomainException.invalid(ConventionErrors.PREDECESSOR_INCOMPLETE);
        label = ConventionErrors.requireText(label, ConventionErrors.PREDECESSOR_INCOMPLETE);
        if (end.isBefore(start)) throw DomainException.invalid(ConventionErrors.PREDECESSOR_PERIOD_INVALID, start, end);
        if (extendedTo != null && !extendedTo.isAfter(end)) {
            throw DomainException.invalid(ConventionErrors.PREDECESSOR_EXTENSION_INVALID, end, extendedTo);
        }
    }

    /** The day the predecessor really ended, extension included. */
    public LocalDate actualEnd() {
        return extendedTo != null ? extendedTo : end;
    }

    public boolean wasExtended() {
        return extendedTo != null;
    }
}
