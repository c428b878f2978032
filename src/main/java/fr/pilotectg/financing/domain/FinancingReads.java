package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
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
    private final FundingComputation computation;

    FinancingReads(FinancingFlow flow, FinancingRepository repository, FundingComputation computation) {
        this.flow = flow;
        this.repository = repository;
        this.computation = computation;
    }

    /** The lines, explanations, totals, statuses and checks of every year of the convention (404 out of reach). */
    public FinancingReport report(UUID conventionId) {
        ConventionSummary convention = flow.readable(conventionId);
        var stored = repository.inputs(conventionId);
        FinancingInputs inputs = stored.map(FinancingRepository.Stored::value).orElseGet(FinancingInputs::empty);
        FundingComputation.Computed computed = computation.compute(convention, inputs);
        return new FinancingReport(
                convention,
                stored.map(FinancingRepository.Stored::version).orElse(0),
                inputs,
                computed.plan(),
                computed.parameters(),
                flow.canWrite(convention),
                computed.statuses(),
                computed.computedLines(),
                flow.canSettle(convention));
    }

    /** The national parameter versions, whoever asks (national reference data, every signed-in user reads it). */
    public List<ParameterVersion> nationalParameters() {
        return repository.parameters(null);
    }
}
