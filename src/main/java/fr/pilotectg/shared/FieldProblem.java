package fr.pilotectg.shared;

import java.util.List;

/**
 * One field in error: its name, a stable code and the message key (with arguments) that says it in French.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        if (field == null || field.isBlank()) throw new IllegalArgumentException("field is required");
        if (code == null || code.isBlank()) throw new IllegalArgumentException("code is required");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }

    /** Message key in messages*.properties. */
    public String messageKey() {
        return "error." + code;
    }
}
