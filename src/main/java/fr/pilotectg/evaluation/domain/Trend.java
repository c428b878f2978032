package fr.pilotectg.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How an indicator moves between its last two known values (baseline included), read with its direction: a falling
 * number of late actions is an improvement. Label {@code evaluation.trend.<TREND>}.
 */
public enum Trend {
    IMPROVING,
    STABLE,
    WORSENING,
    UNKNOWN;

    public String messageKey() {
        return "evaluation.trend." + name();
    }

    /** The trend as of {@code year}: from the last two values of years up to it (the baseline counts as a value of its year). */
    public static Trend of(
            Direction direction, BigDecimal baseline, Integer baselineYear, Map<Integer, BigDecimal> values, int year) {
        NavigableMap<Integer, BigDecimal> known = new TreeMap<>();
        if (baseline != null && baselineYear != null) known.put(baselineYear, baseline);
        values.forEach((y, v) -> {
            if (v != null) known.put(y, v);
        });
        NavigableMap<Integer, BigDecimal> upTo = known.headMap(year, true);
        if (upTo.size() < 2) return UNKNOWN;
        BigDecimal last = upTo.lastEntry().getValue();
        BigDecimal before = upTo.lowerEntry(upTo.lastKey()).getValue();
        int cmp = last.compareTo(before);
        if (cmp == 0) return STABLE;
        boolean up = cmp > 0;
        return up == (direction == Direction.HIGHER_IS_BETTER) ? IMPROVING : WORSENING;
    }

    /** Whether {@code value} reaches {@code target} for this direction; null when either is unknown. */
    public static Boolean reached(Direction direction, BigDecimal target, BigDecimal value) {
        if (target == null || value == null) return null;
        int cmp = value.compareTo(target);
        return direction == Direction.HIGHER_IS_BETTER ? cmp >= 0 : cmp <= 0;
    }
}
