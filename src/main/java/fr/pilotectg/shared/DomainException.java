package fr.pilotectg.shared;

import java.util.List;

/**
 * Base of every business error. It carries a stable {@code code} (API clients rely on it), the arguments of
 * its French message ({@code error.<code>} in messages.properties) and, for validation, the fields in error.
 */
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;
    private final transient List<Object> args;
    private final List<FieldProblem> fields;

    public DomainException(ErrorKind kind, String code, List<Object> args, List<FieldProblem> fields) {
        super(code + (args.isEmpty() ? "" : " " + args));
        this.kind = kind;
        this.code = code;
        this.args = List.copyOf(args);
        this.fields = List.copyOf(fields);
    }

    public DomainException(ErrorKind kind, String code, Object... args) {
        this(kind, code, List.of(args), List.of());
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(ErrorKind.NOT_FOUND, code, args);
    }

    public static DomainException invalid(String code, Object... args) {
        return new DomainException(ErrorKind.INVALID, code, args);
    }

    public static DomainException invalidFields(List<FieldProblem> fields) {
        return new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", List.of(), fields);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(ErrorKind.CONFLICT, code, args);
    }

    public static DomainException rule(String code, Object... args) {
        return new DomainException(ErrorKind.RULE_VIOLATION, code, args);
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    public String messageKey() {
        return "error." + code;
    }
}
