package fr.pilotectg.platform.web;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The API's one error handler: every failure of a {@code @RestController} becomes a problem+json with a stable code.
 * It logs once: business errors at debug, unexpected ones at error with their stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Problems problems;
    private final long maxBodyKilobytes;

    ApiExceptionHandler(Problems problems, @Value("${pilote.api.max-body-size:2MB}") DataSize maxBody) {
        this.problems = problems;
        this.maxBodyKilobytes = maxBody.toBytes() / 1024;
    }

    private String bodyLimitMessage() {
        return problems.message("error.REQUEST_TOO_LARGE", maxBodyKilobytes);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        log.debug("API business error {}", e.getMessage());
        return Problems.response(problems.of(e));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentEdit(OptimisticLockingFailureException e) {
        log.debug("API concurrent edit: {}", e.getMessage());
        return Problems.response(problems.of(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return Problems.response(problems.of(HttpStatus.FORBIDDEN, "ACCESS_DENIED"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.response(
                invalid(List.of(FieldProblem.of(e.getName(), "INVALID_VALUE", String.valueOf(e.getValue())))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (Problems.isOverloaded(e)) {
            log.warn("API request refused, no database connection available: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_OVERLOADED"));
        }
        if (Problems.isInvalidInput(e)) {
            log.debug("API input refused: {}", e.getMessage());
            return Problems.response(problems.of(HttpStatus.BAD_REQUEST, "INVALID_CHARACTER"));
        }
        log.error("Unexpected API error", e);
        return Problems.response(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request.getAttribute(JsonBodyLimit.OVERFLOW, WebRequest.SCOPE_REQUEST) != null) {
            return Problems.response(
                    problems.of(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", bodyLimitMessage()));
        }
        Throwable cause = e.getMostSpecificCause();
        ProblemDetail problem = null;
        // The Jackson failure, wherever it is in the chain (a date Jackson could not parse has the DateTimeException
        // below it).
        // A value that checks itself while read (shared.PartialDate): its own code, on the field at fault.
        for (Throwable t = e.getCause(); t != null && problem == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof tools.jackson.databind.DatabindException read
                    && read.getCause() instanceof fr.pilotectg.shared.DomainException invalid
                    && !read.getPath().isEmpty()) {
                problem = invalid(List.of(new FieldProblem(path(read), invalid.code(), invalid.args())));
            }
        }
        for (Throwable t = e.getCause(); t != null && problem == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnrecognizedPropertyException unknown) {
                problem = invalid(List.of(FieldProblem.of(unknown.getPropertyName(), "UNKNOWN_FIELD")));
            } else if (t instanceof MismatchedInputException mismatch
                    && !mismatch.getPath().isEmpty()) {
                problem = invalid(List.of(FieldProblem.of(path(mismatch), "INVALID_FIELD_TYPE")));
            } else if (t instanceof JacksonException) {
                problem = problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON");
            }
        }
        if (problem == null) problem = problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        log.debug("API unreadable body: {}", cause.getMessage());
        return Problems.response(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(fe -> fields.add(new FieldProblem(
                        fe.getField(),
                        "CONSTRAINT_" + String.valueOf(fe.getCode()).toUpperCase(java.util.Locale.ROOT),
                        List.of())));
        return Problems.response(invalid(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            fields.add(FieldProblem.of(
                    name == null ? "parameter" : name, "INVALID_VALUE", String.valueOf(result.getArgument())));
        }
        return Problems.response(invalid(fields));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(invalid(List.of(FieldProblem.of(e.getParameterName(), "REQUIRED"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE"));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(problems.of(HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.response(problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "UPLOAD_TOO_LARGE",
                problems.message(
                        "error.UPLOAD_TOO_LARGE_SERVER", PageExceptionHandler.megabytes(e.getMaxUploadSize()))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Remaining Spring MVC errors: keep their status, give them our shape.
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        log.debug("API request error {}: {}", status, e.getMessage());
        return Problems.response(problems.of(status, status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR"));
    }

    private ProblemDetail invalid(List<FieldProblem> fields) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        problem.setProperty("fields", problems.fields(fields));
        return problem;
    }

    private static String path(tools.jackson.databind.DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
