package fr.pilotectg.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that no controller handled (unknown URL, a failure in a filter): problem+json for the API, a French page
 * for people.
 */
@Controller
class PiloteErrorController implements ErrorController {

    private final Problems problems;
    private final DataSize maxRequestSize;

    PiloteErrorController(
            Problems problems, @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxRequestSize) {
        this.problems = problems;
        this.maxRequestSize = maxRequestSize;
    }

    @RequestMapping(
            value = "/error",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<Object> errorJson(HttpServletRequest request) {
        return problem(request);
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith("/api/")) return problem(request);
        HttpStatus status = status(request);
        // An upload over the servlet's limit, refused while a filter read the form (before any controller).
        if (status == HttpStatus.CONTENT_TOO_LARGE)
            return PageExceptionHandler.backToTheForm(request, uri, maxRequestSize.toBytes());
        return PageExceptionHandler.page(status, problems.message(messageKey(status)), model, response);
    }

    private ResponseEntity<Object> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            return Problems.response(problems.of(
                    status,
                    "UPLOAD_TOO_LARGE",
                    problems.message(
                            "error.UPLOAD_TOO_LARGE_SERVER",
                            PageExceptionHandler.megabytes(maxRequestSize.toBytes()))));
        }
        String code = switch (status) {
            case NOT_FOUND -> "RESOURCE_NOT_FOUND";
            case FORBIDDEN -> "ACCESS_DENIED";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
        };
        return Problems.response(problems.of(status, code));
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.RESOURCE_NOT_FOUND";
            case FORBIDDEN -> "error.ACCESS_DENIED";
            default -> status.is4xxClientError() ? "error.BAD_REQUEST" : "error.INTERNAL_ERROR";
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
