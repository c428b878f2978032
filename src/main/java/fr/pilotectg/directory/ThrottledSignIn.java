package fr.pilotectg.directory;

import java.time.Instant;

/**
 * A sign-in key that is being slowed down, as admins see it: a login tried from an address, or an address alone
 * ({@code login} null) when it failed on many logins.
 */
public record ThrottledSignIn(
        String login,
        String address,
        int failures,
        Instant throttledSince,
        Instant lastFailureAt,
        Instant blockedUntil) {

    public boolean addressWide() {
        return login == null;
    }
}
