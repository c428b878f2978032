package fr.pilotectg.platform.security;

import fr.pilotectg.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/** Answers an API request that is not signed in (401) or not allowed (403) with a problem+json. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final ObjectMapper json;
    private final HttpStatus status;
    private final String code;

    ProblemAuthenticationEntryPoint(Problems problems, ObjectMapper json, HttpStatus status, String code) {
        this.problems = problems;
        this.json = json;
        this.status = status;
        this.code = code;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            // Bearer only: a Basic challenge would make a browser prompt for, and then cache, a password.
            response.setHeader("WWW-Authenticate", "Bearer realm=\"pilote-ctg\"");
        }
        write(request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response);
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = problems.of(status, code);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
