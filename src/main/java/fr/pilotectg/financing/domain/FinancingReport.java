package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import java.util.List;
import java.util.Map;

/**
 * The financing of a convention as read: its inputs at {@code version} (0 when none were saved), the plan computed on
 * read for each year of the convention (notified and paid lines at their frozen amounts), the fresh computation of
 * every line, the Caf's statuses, and the parameter versions that apply to its Caf.
 *
 * @param canEdit the user may change the inputs (the terms' right)
 * @param canSettle the user may notify and pay lines (the convention's Caf)
 */
public record FinancingReport(
        ConventionSummary convention,
        int version,
        FinancingInputs inputs,
        FundingPlan plan,
        List<ParameterVersion> parameters,
        boolean canEdit,
        Map<LineStatus.Key, LineStatus> statuses,
        Map<LineStatus.Key, FundingLine> computedLines,
        boolean canSettle) {

    public FinancingReport {
        statuses = Map.copyOf(statuses);
        computedLines = Map.copyOf(computedLines);
    }

    /** The status of a line: estimated when the Caf has not notified it. */
    public LineStatus status(FundingLine line) {
        return statuses.get(LineStatus.Key.of(line));
    }

    /** The line as computed today (its amount may differ from the notified one). */
    public FundingLine computed(FundingLine line) {
        return computedLines.getOrDefault(LineStatus.Key.of(line), line);
    }
}
