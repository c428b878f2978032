package fr.pilotectg.platform.security;

import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * A user who signed in with a one-time password (the first administrator, an account an admin reset) must choose
 * their own before anything else: pages redirect to the password page, the API answers 403
 * {@code PASSWORD_CHANGE_REQUIRED} (built with {@code problems} and {@code json}; both null for the pages).
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    private final Problems problems;
    private final ObjectMapper json;

    PasswordChangeGate(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.optional();
        if (user.isEmpty() || !user.get().mustChangePassword()) {
            chain.doFilter(request, response);
            return;
        }
        if (problems != null) {
            ProblemDetail problem = problems.of(HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED");
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(problem));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean allowed = path.equals(PASSWORD_PAGE)
                || path.equals("/logout")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/error");
        if (!allowed) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
