package fr.pilotectg.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The trend of an indicator: read from its last two known values up to a year, with its direction. */
class TrendProperties {

    static Map<Integer, BigDecimal> values(Map<Integer, Integer> raw) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        raw.forEach((year, value) -> values.put(year, BigDecimal.valueOf(value, 1)));
        return values;
    }

    @Property
    void theTrendFollowsTheLastTwoKnownValuesReadWithTheDirection(
            @ForAll @Size(max = 8)
                    Map<@IntRange(min = 2018, max = 2030) Integer, @IntRange(min = -1000, max = 1000) Integer> raw,
            @ForAll @IntRange(min = 2018, max = 2031) int year,
            @ForAll Direction direction) {
        Map<Integer, BigDecimal> values = values(raw);
        TreeMap<Integer, BigDecimal> upTo = new TreeMap<>(values)
                .headMap(year, true).entrySet().stream()
                        .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), TreeMap::putAll);
        Trend trend = Trend.of(direction, null, null, values, year);
        if (upTo.size() < 2) {
            assertThat(trend).isEqualTo(Trend.UNKNOWN);
            return;
        }
        BigDecimal last = upTo.lastEntry().getValue();
        BigDecimal previous = upTo.lowerEntry(upTo.lastKey()).getValue();
        int sign = last.compareTo(previous) * (direction == Direction.HIGHER_IS_BETTER ? 1 : -1);
        assertThat(trend).isEqualTo(sign > 0 ? Trend.IMPROVING : sign < 0 ? Trend.WORSENING : Trend.STABLE);
    }

    @Property
    void reversingTheDirectionSwapsImprovingAndWorsening(
            @ForAll @Size(max = 8)
                    Map<@IntRange(min = 2018, max = 2030) Integer, @IntRange(min = -1000, max = 1000) Integer> raw,
            @ForAll @IntRange(min = 2018, max = 2031) int year) {
        Map<Integer, BigDecimal> values = values(raw);
        Trend higher = Trend.of(Direction.HIGHER_IS_BETTER, null, null, values, year);
        Trend lower = Trend.of(Direction.LOWER_IS_BETTER, null, null, values, year);
        Map<Trend, Trend> mirror = Map.of(
                Trend.IMPROVING,
                Trend.WORSENING,
                Trend.WORSENING,
                Trend.IMPROVING,
                Trend.STABLE,
                Trend.STABLE,
                Trend.UNKNOWN,
                Trend.UNKNOWN);
        assertThat(lower).isEqualTo(mirror.get(higher));
    }

    @Property
    void theBaselineCountsAsAValueOfItsYear(
            @ForAll @IntRange(min = -1000, max = 1000) int baseline,
            @ForAll @IntRange(min = -1000, max = 1000) int value,
            @ForAll @IntRange(min = 2015, max = 2020) int baselineYear,
            @ForAll @IntRange(min = 2021, max = 2026) int valueYear) {
        Map<Integer, BigDecimal> values = Map.of(valueYear, BigDecimal.valueOf(value));
        Trend trend =
                Trend.of(Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(baseline), baselineYear, values, valueYear);
        assertThat(trend)
                .isEqualTo(value > baseline ? Trend.IMPROVING : value < baseline ? Trend.WORSENING : Trend.STABLE);
        assertThat(Trend.of(
                        Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(baseline), baselineYear, values, valueYear - 1))
                .as("a value after the year asked is not read yet")
                .isEqualTo(Trend.UNKNOWN);
        assertThat(Trend.of(Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(baseline), null, values, valueYear))
                .as("a baseline without its year is not a value")
                .isEqualTo(Trend.UNKNOWN);
    }

    @Property
    void aTargetIsReachedOnItsSideOfTheDirection(
            @ForAll @IntRange(min = -1000, max = 1000) int target,
            @ForAll @IntRange(min = -1000, max = 1000) int value) {
        BigDecimal t = BigDecimal.valueOf(target, 1);
        BigDecimal v = BigDecimal.valueOf(value, 1);
        assertThat(Trend.reached(Direction.HIGHER_IS_BETTER, t, v)).isEqualTo(value >= target);
        assertThat(Trend.reached(Direction.LOWER_IS_BETTER, t, v)).isEqualTo(value <= target);
        assertThat(Trend.reached(Direction.HIGHER_IS_BETTER, t, v.setScale(3)))
                .as("scale does not matter")
                .isEqualTo(value >= target);
        assertThat(Trend.reached(Direction.HIGHER_IS_BETTER, null, v)).isNull();
    }
}
