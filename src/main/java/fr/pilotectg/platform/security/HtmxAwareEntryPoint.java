package fr.pilotectg.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends people whose session ended to the login page; for an htmx request it asks htmx to load the whole login
 * page (HX-Redirect) instead of swapping it into a fragment.
 */
class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

    private final String loginUrl;
    private final LoginUrlAuthenticationEntryPoint delegate;

    HtmxAwareEntryPoint(String loginUrl) {
        this.loginUrl = loginUrl;
        this.delegate = new LoginUrlAuthenticationEntryPoint(loginUrl);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + loginUrl);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        delegate.commence(request, response, e);
    }
}
