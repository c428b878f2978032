package fr.pilotectg;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses and prints the seed of JUnit Jupiter's random class and method order (junit-platform.properties) before the
 * tests are discovered: {@code -Djunit.jupiter.execution.order.random.seed=N} if given, else surefire's
 * {@code -Dsurefire.runOrder.random.seed=N} (so that this one flag replays a whole run), else a random one.
 */
public final class RandomOrderSeed implements LauncherSessionListener {

    static final String SEED = "junit.jupiter.execution.order.random.seed";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String seed = System.getProperty(SEED);
        if (seed == null || seed.isBlank()) seed = System.getProperty("surefire.runOrder.random.seed");
        if (seed != null && !seed.isBlank()) {
            System.setProperty(SEED, seed.strip());
        } else {
            seed = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
            System.setProperty(SEED, seed);
        }
        System.out.println("JUnit Jupiter random order seed: " + seed + " (replay with -D" + SEED + "=" + seed
                + "); tests' today: " + MutableClock.configuredToday());
    }
}
