package fr.pilotectg.convention.web;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The French lines a page shows when an action button (sign, terminate, link…) was refused: the rule's message and
 * each field problem. Not-found and access refusals, and anything unexpected, are rethrown to the page error handler.
 */
final class ActionErrors {

    private ActionErrors() {}

    static List<String> messages(RuntimeException refusal, MessageSource messages) {
        if (refusal instanceof OptimisticLockingFailureException) {
            return List.of(messages.getMessage("error.CONCURRENT_MODIFICATION", null, Locale.FRANCE));
        }
        if (!(refusal instanceof DomainException e) || e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.FORBIDDEN) {
            throw refusal;
        }
        var lines = new ArrayList<String>();
        if (e.fields().isEmpty() || !"VALIDATION_FAILED".equals(e.code())) {
            lines.add(messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), Locale.FRANCE));
        }
        for (FieldProblem p : e.fields()) lines.add(messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), Locale.FRANCE));
        return lines;
    }
}
