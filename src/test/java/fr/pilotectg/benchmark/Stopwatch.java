package fr.pilotectg.benchmark;

/**
 * The elapsed real time a benchmark reports. Benchmarks are the one place of the test tree that measures time (their
 * figure is the point, asserted against nothing but printed beside its floor); tests of behaviour use the fixed
 * {@code Clock} and wait on conditions.
 */
final class Stopwatch {

    private final long started = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    /** Seconds since {@link #start()}. */
    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
