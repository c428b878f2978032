package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import java.util.List;

/**
 * A convention's scenarios (active first, then discarded, kept), what a new one can name (the structures and
 * territories of the current inputs, the convention's years) and whether the user may create and discard them.
 */
public record ScenarioList(
        ConventionSummary convention,
        List<Scenario> scenarios,
        FinancingInputs inputs,
        int firstYear,
        int lastYear,
        boolean canWrite) {

    public ScenarioList {
        scenarios = List.copyOf(scenarios);
    }
}
