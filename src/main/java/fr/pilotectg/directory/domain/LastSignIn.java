package fr.pilotectg.directory.domain;

import fr.pilotectg.platform.PiloteUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each account's last password sign-in, shown to admins in the list of users. */
@Component
class LastSignIn {

    private final UserAccountRepository users;

    LastSignIn(UserAccountRepository users) {
        this.users = users;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PiloteUser user) {
            users.recordSuccess(user.id());
        }
    }
}
