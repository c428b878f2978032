package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import java.util.List;
import java.util.Map;

/**
 * Two financings side by side: the current plan (when {@code before} is null) or a scenario, against a scenario; what
 * each scenario's changes did to the inputs, the difference per year, per structure and per line, and the names of the
 * structures of both sides. The plan and the inputs are read, never changed.
 *
 * @param inputsVersion the version of the inputs both sides were computed from
 * @param canWrite the user may create and discard scenarios
 */
public record ScenarioComparison(
        ConventionSummary convention,
        Scenario before,
        List<ScenarioDelta.Effect> beforeEffects,
        Scenario after,
        List<ScenarioDelta.Effect> afterEffects,
        PlanDifference difference,
        Map<String, String> structureNames,
        int inputsVersion,
        boolean canWrite) {

    public ScenarioComparison {
        beforeEffects = List.copyOf(beforeEffects);
        afterEffects = List.copyOf(afterEffects);
        structureNames = Map.copyOf(structureNames);
    }

    /** The name of a structure of either side (its id when it has none). */
    public String structureName(String id) {
        return structureNames.getOrDefault(id, id);
    }
}
