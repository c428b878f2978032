package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import java.util.List;

/**
 * The financing of a convention as read: its inputs at {@code version} (0 when none were saved), the plan computed on
 * read for each year of the convention, and the parameter versions that apply to its Caf.
 */
public record FinancingReport(
        ConventionSummary convention,
        int version,
        FinancingInputs inputs,
        FundingPlan plan,
        List<ParameterVersion> parameters,
        boolean canEdit) {}
