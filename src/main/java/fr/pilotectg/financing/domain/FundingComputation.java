package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.financing.ParameterCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Computes a convention's lines from its inputs and its Caf's parameters, then lays the Caf's notified and paid
 * amounts over them: a settled line counts at its frozen amount in every total, and keeps the fresh computation beside
 * it so that a change of parameters or inputs shows as a difference instead of rewriting what was announced.
 */
@Component
class FundingComputation {

    private final FinancingRepository repository;

    FundingComputation(FinancingRepository repository) {
        this.repository = repository;
    }

    /** The plan (settled lines at their frozen amounts), the fresh lines, the statuses and the parameters read. */
    record Computed(
            FundingPlan plan,
            Map<LineStatus.Key, FundingLine> computedLines,
            Map<LineStatus.Key, LineStatus> statuses,
            List<ParameterVersion> parameters) {}

    Computed compute(ConventionSummary convention, FinancingInputs inputs) {
        return compute(convention, inputs, java.util.function.UnaryOperator.identity());
    }

    /** The same computation with the parameters of each year {@code adjusted} in memory (a scenario's proration). */
    Computed compute(
            ConventionSummary convention,
            FinancingInputs inputs,
            java.util.function.UnaryOperator<YearParameters> adjusted) {
        Parameters parameters = new Parameters(repository.parameters(convention.cafId()));
        List<Integer> years = new ArrayList<>();
        List<YearParameters> yearParameters = new ArrayList<>();
        for (int y = convention.start().getYear(); y <= convention.end().getYear(); y++) {
            years.add(y);
            yearParameters.add(adjusted.apply(parameters.forYear(y, convention.cafId())));
        }
        EnvelopePeriod defaultPeriod = parameters
                .on(ParameterCode.BT_ENVELOPE_PERIOD, convention.start(), convention.cafId())
                .map(v -> v.value() == null ? EnvelopePeriod.UNKNOWN : EnvelopePeriod.valueOf(v.value()))
                .orElse(EnvelopePeriod.UNKNOWN);
        List<FundingLine> computed = FundingEngine.compute(inputs, yearParameters);
        Map<LineStatus.Key, FundingLine> byKey = new HashMap<>();
        for (FundingLine l : computed) byKey.put(LineStatus.Key.of(l), l);
        Map<LineStatus.Key, LineStatus> statuses = new HashMap<>();
        for (LineStatus s : repository.lineStatuses(convention.id())) statuses.put(s.key(), s);
        List<FundingLine> counted = statuses.isEmpty()
                ? computed
                : computed.stream()
                        .map(l -> settled(l, statuses.get(LineStatus.Key.of(l))))
                        .toList();
        return new Computed(
                FundingPlan.of(inputs, years, counted, defaultPeriod), byKey, Map.copyOf(statuses), parameters.all());
    }

    private static FundingLine settled(FundingLine line, LineStatus status) {
        if (status == null) return line;
        return new FundingLine(line.structureId(), line.year(), line.kind(), status.amount(), line.explanation());
    }
}
