package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Turns what a use case refused into errors a form can show next to its fields: invalid values, conflicts (a name
 * already taken, a concurrent edit) and business rules stay on the form with the user's input; not-found, access
 * refusals and anything unexpected go on to the page error handler (the same split as {@link ActionErrors}). A refusal
 * with field problems shows them next to their fields; one without, or a broken business rule, shows its own message
 * above the form. Every
 * module's form controllers use it the same way:
 *
 * <pre>{@code
 * try { service.update(...); } catch (RuntimeException e) { FormErrors.reject(result, e); return form(...); }
 * }</pre>
 */
public final class FormErrors {

    private FormErrors() {}

    /** Records the refusal in {@code result}, or rethrows it when it is not a form's business. */
    public static void reject(BindingResult result, RuntimeException refusal) {
        if (!Refusals.shownInPlace(refusal)) throw refusal;
        if (!(refusal instanceof DomainException e)) {
            result.reject("error.CONCURRENT_MODIFICATION");
            return;
        }
        if (e.fields().isEmpty() || e.kind() == ErrorKind.RULE_VIOLATION) {
            // A broken rule says what it is above the form ("La convention n’est pas complète"), then where, if it can.
            result.reject(e.messageKey(), e.args().toArray(), e.code());
        }
        for (FieldProblem problem : e.fields()) {
            String field = formField(result, problem.field());
            if (field != null) {
                result.rejectValue(field, problem.messageKey(), problem.args().toArray(), problem.code());
            } else {
                result.reject(problem.messageKey(), problem.args().toArray(), problem.code());
            }
        }
    }

    /**
     * The form field that shows a problem: the field itself, else the nearest field holding it — an item of a list
     * typed one per line ({@code steps[3]}) or a part of a row the form has not ({@code partners[2].name}) is shown
     * under the list ({@code steps}, {@code partners}).
     */
    static @Nullable String formField(BindingResult result, String field) {
        String candidate = field;
        while (true) {
            if (isField(result, candidate)) return candidate;
            int cut = Math.max(candidate.lastIndexOf('['), candidate.lastIndexOf('.'));
            if (cut <= 0) return null;
            candidate = candidate.substring(0, cut);
        }
    }

    private static boolean isField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
