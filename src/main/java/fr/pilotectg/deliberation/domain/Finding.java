package fr.pilotectg.deliberation.domain;

import java.util.List;

/**
 * One anomaly found in a deliberation record: its code, severity and the arguments of its French message
 * ({@code deliberation.finding.<code>}). Arguments are names, numbers and dates already written dd/MM/yyyy.
 */
public record Finding(FindingCode code, Severity severity, List<Object> args) {

    public Finding {
        if (code == null) throw new IllegalArgumentException("code is required");
        if (severity != code.severity()) throw new IllegalArgumentException(code + " is a " + code.severity());
        args = List.copyOf(args);
    }

    public static Finding of(FindingCode code, Object... args) {
        return new Finding(code, code.severity(), List.of(args));
    }

    public String messageKey() {
        return "deliberation.finding." + code.name();
    }
}
