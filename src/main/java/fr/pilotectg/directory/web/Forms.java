package fr.pilotectg.directory.web;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.validation.BindingResult;

/** Small helpers shared by the directory's forms. */
final class Forms {

    private Forms() {}

    /** "59350, 59355 59298" → {59350, 59355, 59298}. */
    static Set<String> codes(String text) {
        if (text == null || text.isBlank()) return Set.of();
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(java.util.Locale.ROOT))
                .forEach(codes::add);
        return codes;
    }

    /** Puts a domain validation error next to its fields, or as a global error of the form. */
    static void reject(BindingResult result, DomainException e) {
        if (e.fields().isEmpty()) {
            result.reject(e.messageKey(), e.args().toArray(), e.code());
            return;
        }
        for (FieldProblem problem : e.fields()) {
            if (hasField(result, problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(), problem.code());
            } else {
                result.reject(problem.messageKey(), problem.args().toArray(), problem.code());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
