package fr.pilotectg.platform;

import java.io.Serializable;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once on the next page (after a redirect): a level and a message key with its arguments. It travels in
 * the session, which PostgreSQL stores (Spring Session JDBC), so it is serialisable: an argument that is not becomes its
 * text.
 */
public record Flash(Level level, String messageKey, List<Object> args) implements Serializable {

    public Flash {
        args = args.stream()
                .map(arg -> arg == null || arg instanceof Serializable ? arg : String.valueOf(arg))
                .toList();
    }

    public enum Level {
        SUCCESS,
        INFO,
        WARNING,
        DANGER
    }

    public static final String ATTRIBUTE = "flash";

    public static void success(RedirectAttributes attributes, String messageKey, Object... args) {
        attributes.addFlashAttribute(ATTRIBUTE, new Flash(Level.SUCCESS, messageKey, List.of(args)));
    }

    public static void danger(RedirectAttributes attributes, String messageKey, Object... args) {
        attributes.addFlashAttribute(ATTRIBUTE, new Flash(Level.DANGER, messageKey, List.of(args)));
    }

    public static void warning(RedirectAttributes attributes, String messageKey, Object... args) {
        attributes.addFlashAttribute(ATTRIBUTE, new Flash(Level.WARNING, messageKey, List.of(args)));
    }

    public String cssClass() {
        return "alert-" + level.name().toLowerCase(java.util.Locale.ROOT);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
