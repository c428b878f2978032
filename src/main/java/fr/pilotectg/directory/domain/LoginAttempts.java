package fr.pilotectg.directory.domain;

import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary lockout: after {@code pilote.security.lockout.max-failures} wrong passwords in a row an account is locked
 * for {@code pilote.security.lockout.duration}. The sign-in page says the same thing whatever happened, so it tells
 * nobody whether an account exists or is locked.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(UserAccountRepository users, AuditTrail audit, Clock clock, @Value("${pilote.security.lockout.max-failures:5}") int maxFailures,
            @Value("${pilote.security.lockout.duration:15m}") Duration lockDuration) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String username && !username.isBlank()) {
            users.recordFailure(username, maxFailures, clock.instant().plus(lockDuration)).ifPresent(locked ->
                    audit.record(new AuditRecord("user", locked.id().toString(), "locked",
                            "Compte « " + locked.username() + " » bloqué " + lockDuration.toMinutes() + " min après "
                                    + maxFailures + " échecs de connexion",
                            List.of(), Footprint.ofOrganisation(locked.organisationId()))));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PiloteUser user) {
            users.recordSuccess(user.id());
        }
    }
}
