package fr.pilotectg.platform.security;

import fr.pilotectg.platform.SignInThrottle;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the sign-in throttle how each password sign-in ended (form login and HTTP Basic both publish these events;
 * an unknown login is a bad-credentials failure too), with the source address of the request.
 */
@Component
class SignInOutcomes {

    private final SignInThrottle throttle;

    SignInOutcomes(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(loginOf(event.getAuthentication()), addressOf(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(loginOf(event.getAuthentication()), addressOf(event.getAuthentication()));
    }

    private static String loginOf(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        if (principal instanceof UserDetails user) return user.getUsername();
        return principal == null ? "" : principal.toString();
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
