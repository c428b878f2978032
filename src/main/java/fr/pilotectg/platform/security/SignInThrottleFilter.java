package fr.pilotectg.platform.security;

import fr.pilotectg.platform.SignInThrottle;
import fr.pilotectg.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses a password sign-in (the login form, HTTP Basic on the API) while its login and source address are being
 * slowed down, before the password is even checked; an attempt refused here is not counted. The login form answers as
 * for a wrong password; the API answers 429 {@code SIGN_IN_THROTTLED} with {@code Retry-After}. The answer is the same
 * whether the login exists or not. API tokens are never throttled.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final String BASIC = "Basic ";
    private final SignInThrottle throttle;
    private final Problems problems;
    private final ObjectMapper json;

    SignInThrottleFilter(SignInThrottle throttle, Problems problems, ObjectMapper json) {
        this.throttle = throttle;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean form = "POST".equals(request.getMethod()) && path.equals("/login");
        String login = form ? request.getParameter("username") : basicLogin(request.getHeader("Authorization"));
        if (login == null || login.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Duration delay = throttle.delayFor(login, request.getRemoteAddr());
        if (delay.isZero() || delay.isNegative()) {
            chain.doFilter(request, response);
            return;
        }
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        ProblemDetail problem = problems.of(HttpStatus.TOO_MANY_REQUESTS, "SIGN_IN_THROTTLED");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(Math.max(1, (delay.toMillis() + 999) / 1000)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private static String basicLogin(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) return null;
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
