package fr.pilotectg.platform.security;

import fr.pilotectg.platform.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who signed in with a one-time password (the first administrator, an account an admin reset) must choose
 * their own before anything else.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.optional();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean allowed = path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/error");
        if (user.isPresent() && user.get().mustChangePassword() && !allowed) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
