package fr.pilotectg.platform;

import java.time.Duration;

/**
 * Sign-in throttling, asked before a password is checked (form login and HTTP Basic; API tokens are never throttled).
 * Implemented by the directory, which counts the failures per login and source address in the database; the platform
 * tells it of every password sign-in's outcome.
 */
public interface SignInThrottle {

    /** How long an attempt to sign in as {@code login} from {@code address} must still wait; zero when it may go ahead. */
    Duration delayFor(String login, String address);

    /** A wrong password (or an unknown login) for {@code login} from {@code address}. */
    void failed(String login, String address);

    /** A successful password sign-in as {@code login} from {@code address}. */
    void succeeded(String login, String address);
}
