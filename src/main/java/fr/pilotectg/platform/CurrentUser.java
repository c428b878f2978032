package fr.pilotectg.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in the current request (or nobody, for system work such as the start-up imports). */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<PiloteUser> optional() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PiloteUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static PiloteUser require() {
        return optional()
                .orElseThrow(() ->
                        new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                                "no user"));
    }
}
