package fr.pilotectg.platform.web;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 problems of the API: a stable {@code code}, a French {@code title} and {@code detail}, and for
 * validation the list of {@code fields} in error. Used by the API advice, the error controller and the security
 * entry points, so every channel of the API answers the same way.
 */
@Component
public class Problems {

    public static final Locale FRENCH = Locale.FRANCE;
    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public static HttpStatus statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
    }

    public ProblemDetail of(DomainException e) {
        ProblemDetail problem = of(
                statusOf(e.kind()), e.code(), message(e.messageKey(), e.args().toArray()));
        if (!e.fields().isEmpty()) problem.setProperty("fields", fields(e.fields()));
        return problem;
    }

    public ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:pilote-ctg:problem:" + code));
        problem.setTitle(message("problem.title." + status.value(), status.getReasonPhrase()));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail of(HttpStatus status, String code) {
        return of(status, code, message("error." + code));
    }

    /** The problem as an HTTP answer: its status, {@code application/problem+json}. */
    public static ResponseEntity<Object> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * Whether a failure is the database's connection pool being exhausted (Hikari gave no connection within its
     * {@code connection-timeout}): the service is overloaded for a moment, which is answered 503 with Retry-After, not
     * a 500 that would look like a bug.
     */
    public static boolean isOverloaded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) return true;
        }
        return false;
    }

    /** Seconds a client should wait before trying again when the service is overloaded. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /**
     * Whether a failure comes from input PostgreSQL cannot store: a NUL character in text (SQLSTATE 22021) or in JSON
     * (22P05), or a number or date outside its range (22003, 22008). A request refused by the firewall is one too.
     */
    public static boolean isInvalidInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.security.web.firewall.RequestRejectedException) return true;
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && List.of("22021", "22P05", "22003", "22008").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public List<Map<String, String>> fields(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> Map.of(
                        "field",
                        p.field(),
                        "code",
                        p.code(),
                        "message",
                        message(p.messageKey(), p.args().toArray())))
                .toList();
    }

    public String message(String key, Object... args) {
        try {
            return messages.getMessage(key, args, FRENCH);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, FRENCH);
    }
}
