package fr.pilotectg.platform;

/**
 * Tells what a user's organisation takes part in. Implemented by the module that owns organisations; the
 * platform calls it for every access decision, so a change of attachment applies at once.
 */
public interface ReachResolver {

    Reach reachOf(PiloteUser user);
}
