package fr.pilotectg.platform;

import java.util.Optional;

/** Turns a personal API token (as sent in {@code Authorization: Bearer …}) into its user, if it is valid. */
public interface ApiTokenAuthenticator {

    Optional<PiloteUser> authenticate(String rawToken);
}
