package fr.pilotectg.platform;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The French lines a page shows when an action button (sign, terminate, link, realise…) was refused: the rule's
 * message and each field problem. Not-found and access refusals, and anything unexpected, are rethrown to the page
 * error handler (the same split as {@link FormErrors}, its companion for forms). For buttons that post and redirect
 * back to the page:
 *
 * <pre>{@code
 * try { service.sign(...); Flash.success(redirect, "…"); } catch (RuntimeException e) { ActionErrors.flash(redirect, e, messages); }
 * }</pre>
 */
public final class ActionErrors {

    /** The flash attribute the layout shows as a red alert above the page. */
    public static final String ATTRIBUTE = "actionErrors";

    private ActionErrors() {}

    /** Puts the refusal's French lines on the next page, or rethrows what is not a refusal to show there. */
    public static void flash(RedirectAttributes redirect, RuntimeException refusal, MessageSource messages) {
        redirect.addFlashAttribute(ATTRIBUTE, messages(refusal, messages));
    }

    /**
     * The lines to show: the refusal's own message (unless it only says "see the fields"), then each field problem,
     * since an action button has no field to put them next to.
     */
    public static List<String> messages(RuntimeException refusal, MessageSource messages) {
        if (!Refusals.shownInPlace(refusal)) throw refusal;
        if (!(refusal instanceof DomainException e)) {
            return List.of(messages.getMessage("error.CONCURRENT_MODIFICATION", null, Locale.FRANCE));
        }
        var lines = new ArrayList<String>();
        if (e.fields().isEmpty() || !"VALIDATION_FAILED".equals(e.code())) {
            lines.add(messages.getMessage(e.messageKey(), e.args().toArray(), e.code(), Locale.FRANCE));
        }
        for (FieldProblem p : e.fields())
            lines.add(messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), Locale.FRANCE));
        return lines;
    }
}
