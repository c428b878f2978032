package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a convention's financing (computed on read) and the parameters. */
@Service
@Transactional(readOnly = true)
public class FinancingReads {

    private final FinancingFlow flow;
    private final FinancingRepository repository;

    FinancingReads(FinancingFlow flow, FinancingRepository repository) {
        this.flow = flow;
        this.repository = repository;
    }

    /** The lines, explanations, totals and checks of every year of the convention (404 out of reach). */
    public FinancingReport report(UUID conventionId) {
        ConventionSummary convention = flow.readable(conventionId);
        var stored = repository.inputs(conventionId);
        FinancingInputs inputs = stored.map(FinancingRepository.Stored::value).orElseGet(FinancingInputs::empty);
        List<ParameterVersion> versions = repository.parameters(convention.cafId());
        Parameters parameters = new Parameters(versions);
        List<Integer> years = new ArrayList<>();
        List<YearParameters> yearParameters = new ArrayList<>();
        for (int y = convention.start().getYear(); y <= convention.end().getYear(); y++) {
            years.add(y);
            yearParameters.add(parameters.forYear(y, convention.cafId()));
        }
        EnvelopePeriod defaultPeriod = parameters
                .on(fr.pilotectg.financing.ParameterCode.BT_ENVELOPE_PERIOD, convention.start(), convention.cafId())
                .map(v -> v.value() == null ? EnvelopePeriod.UNKNOWN : EnvelopePeriod.valueOf(v.value()))
                .orElse(EnvelopePeriod.UNKNOWN);
        FundingPlan plan = FundingPlan.of(inputs, years, FundingEngine.compute(inputs, yearParameters), defaultPeriod);
        return new FinancingReport(
                convention,
                stored.map(FinancingRepository.Stored::version).orElse(0),
                inputs,
                plan,
                parameters.all(),
                flow.canWrite(convention));
    }

    /** The national parameter versions, whoever asks (national reference data, every signed-in user reads it). */
    public List<ParameterVersion> nationalParameters() {
        return repository.parameters(null);
    }
}
