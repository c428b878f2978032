package fr.pilotectg.platform.web;

import fr.pilotectg.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The pages' one error handler: a French error page with the right status. Forms that can say what is wrong next
 * to a field catch their {@link DomainException} themselves; what reaches this class is shown as a whole page
 * (or, for an htmx request, as an alert fragment swapped in place). It logs once.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);
    private final Problems problems;

    PageExceptionHandler(Problems problems) {
        this.problems = problems;
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
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND"));
        }
        return page(HttpStatus.NOT_FOUND, problems.message("error.RESOURCE_NOT_FOUND"), model, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected page error", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, problems.message("error.INTERNAL_ERROR"), model, response);
    }

    static String page(HttpStatus status, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("detail", detail);
        return ErrorPages.viewFor(status.value());
    }
}
