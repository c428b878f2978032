package fr.pilotectg.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/** What people define of an indicator, already read as numbers: name, definition, unit, direction, source, baseline, fiches, targets. */
public record IndicatorData(
        String name,
        String definition,
        IndicatorUnit unit,
        Direction direction,
        String source,
        BigDecimal baselineValue,
        Integer baselineYear,
        List<UUID> ficheIds,
        Map<Integer, BigDecimal> targets) {

    public IndicatorData {
        name = name == null ? "" : name.strip();
        definition = definition == null ? "" : definition.strip();
        source = source == null ? "" : source.strip();
        ficheIds = ficheIds == null
                ? List.of()
                : ficheIds.stream().filter(Objects::nonNull).distinct().toList();
        targets = targets == null ? Map.of() : new TreeMap<>(targets);
    }
}
