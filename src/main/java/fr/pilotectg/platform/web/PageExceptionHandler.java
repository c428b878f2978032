package fr.pilotectg.platform.web;

import fr.pilotectg.platform.Flash;
import fr.pilotectg.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The pages' one error handler: the French error page with the right status. Forms and action buttons show the
 * refusals that belong to them in place ({@code FormErrors}, {@code ActionErrors}); what reaches this class (not found,
 * access refused, anything unexpected) is shown as a whole page. It logs once: business errors at debug, unexpected
 * ones at error with their stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);
    private final Problems problems;
    private final DataSize maxRequestSize;

    PageExceptionHandler(
            Problems problems, @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxRequestSize) {
        this.problems = problems;
        this.maxRequestSize = maxRequestSize;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        log.debug("Page business error {}", e.getMessage());
        HttpStatus status = Problems.statusOf(e.kind());
        return page(status, problems.message(e.messageKey(), e.args().toArray()), model, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrent(OptimisticLockingFailureException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, problems.message("error.CONCURRENT_MODIFICATION"), model, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, problems.message("error.ACCESS_DENIED"), model, response);
    }

    /** Also reached by unknown /api/ paths (no controller, so no API advice): they get a problem, not a page. */
    @ExceptionHandler({NoResourceFoundException.class, MethodArgumentTypeMismatchException.class})
    Object notFound(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Problems.response(problems.of(HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND"));
        }
        return page(HttpStatus.NOT_FOUND, problems.message("error.RESOURCE_NOT_FOUND"), model, response);
    }

    /**
     * A file over the servlet's multipart limit is refused before any controller runs: the API answers 413
     * {@code UPLOAD_TOO_LARGE}; a page goes back to the form it was sent from with the message above it.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        log.debug("Upload over the servlet limit: {}", e.getMessage());
        long max = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxRequestSize.toBytes();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Problems.response(problems.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "UPLOAD_TOO_LARGE",
                    problems.message("error.UPLOAD_TOO_LARGE_SERVER", megabytes(max))));
        }
        return backToTheForm(
                request,
                request.getRequestURI().substring(request.getContextPath().length()),
                max);
    }

    /** Sends the user back to the page the too large file was sent from (its GET), the refusal shown above it. */
    static String backToTheForm(HttpServletRequest request, String path, long maxBytes) {
        RequestContextUtils.getOutputFlashMap(request)
                .put(
                        Flash.ATTRIBUTE,
                        new Flash(Flash.Level.DANGER, "error.UPLOAD_TOO_LARGE_SERVER", List.of(megabytes(maxBytes))));
        return "redirect:" + path;
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.FRANCE, "%.1f", bytes / 1_048_576.0);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (Problems.isOverloaded(e)) {
            log.warn("Page request refused, no database connection available: {}", e.getMessage());
            response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
            return api
                    ? Problems.response(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_OVERLOADED"))
                    : page(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            problems.message("error.SERVICE_OVERLOADED"),
                            model,
                            response);
        }
        if (Problems.isInvalidInput(e)) {
            log.debug("Page input refused: {}", e.getMessage());
            return api
                    ? Problems.response(problems.of(HttpStatus.BAD_REQUEST, "INVALID_CHARACTER"))
                    : page(HttpStatus.BAD_REQUEST, problems.message("error.INVALID_CHARACTER"), model, response);
        }
        // Spring MVC's own client errors that reach no controller (e.g. 406 when no handler produces what Accept asks).
        if (e instanceof org.springframework.web.ErrorResponse error
                && error.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
            log.debug("Page request error {}: {}", status, e.getMessage());
            String code = status == HttpStatus.NOT_ACCEPTABLE ? "NOT_ACCEPTABLE" : "BAD_REQUEST";
            return api
                    ? Problems.response(problems.of(status, code))
                    : page(status, problems.message("error." + code), model, response);
        }
        log.error("Unexpected page error", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, problems.message("error.INTERNAL_ERROR"), model, response);
    }

    static String page(HttpStatus status, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("titleKey", ErrorPages.titleKey(status.value()));
        model.addAttribute("detail", detail);
        return ErrorPages.VIEW;
    }
}
