package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Which refusals the page that asked shows in place ({@link FormErrors} on the form, {@link ActionErrors} above the
 * page): an invalid value, a conflict, a business rule, a concurrent edit. Not-found, access refusals and anything
 * unexpected go on to the page error handler, whatever the page.
 */
final class Refusals {

    private Refusals() {}

    static boolean shownInPlace(RuntimeException refusal) {
        if (refusal instanceof OptimisticLockingFailureException) return true;
        return refusal instanceof DomainException e
                && e.kind() != ErrorKind.NOT_FOUND
                && e.kind() != ErrorKind.FORBIDDEN;
    }
}
