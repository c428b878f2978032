package fr.pilotectg.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What people define of an indicator, already read as numbers: name, definition, unit, direction, source, baseline,
 * fiches, targets. {@code customUnit}: the unit's own wording when {@code unit} is {@code OTHER} (« familles »).
 * {@code signed}: its values are changes that may be negative (« −12 % », « +3 points ») and are shown with their
 * sign; always so for points (an amount in euros or a unit of the convention's own may be negative without a sign
 * shown). Without it a percentage lies in 0–100 and a
 * count is not negative. {@code baselineYear} may be unknown (null) while the value is known.
 */
public record IndicatorData(
        String name,
        String definition,
        IndicatorUnit unit,
        Direction direction,
        String source,
        BigDecimal baselineValue,
        Integer baselineYear,
        List<UUID> ficheIds,
        Map<Integer, BigDecimal> targets,
        String customUnit,
        boolean signed) {

    public IndicatorData(
            String name,
            String definition,
            IndicatorUnit unit,
            Direction direction,
            String source,
            BigDecimal baselineValue,
            Integer baselineYear,
            List<UUID> ficheIds,
            Map<Integer, BigDecimal> targets) {
        this(name, definition, unit, direction, source, baselineValue, baselineYear, ficheIds, targets, "", false);
    }

    public IndicatorData {
        customUnit = customUnit == null || unit != IndicatorUnit.OTHER ? "" : customUnit.strip();
        signed = signed || (unit != null && unit.alwaysSigned());
        name = name == null ? "" : name.strip();
        definition = definition == null ? "" : definition.strip();
        source = source == null ? "" : source.strip();
        ficheIds = ficheIds == null
                ? List.of()
                : ficheIds.stream().filter(Objects::nonNull).distinct().toList();
        targets = targets == null ? Map.of() : new TreeMap<>(targets);
    }
}
