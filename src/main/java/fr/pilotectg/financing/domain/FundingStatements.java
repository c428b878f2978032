package fr.pilotectg.financing.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement a gestionnaire receives for one of its structures: what it gets each year and why (every line with its
 * explanation and status, totals). Read by those who read the convention and by the users of the structure's
 * gestionnaire (a partner association outside the convention's reach included) — nobody else: 404, as if it did not
 * exist.
 */
@Service
@Transactional(readOnly = true)
public class FundingStatements {

    private final Conventions conventions;
    private final FinancingRepository repository;
    private final FundingComputation computation;

    FundingStatements(Conventions conventions, FinancingRepository repository, FundingComputation computation) {
        this.conventions = conventions;
        this.repository = repository;
        this.computation = computation;
    }

    /** One structure's statement: the report of the convention restricted to it. */
    /** @param viaConvention the user reads the convention itself (else only as the structure's gestionnaire) */
    public record Statement(FinancingReport report, FinancingInputs.Structure structure, boolean viaConvention) {

        public List<FundingLine> lines() {
            return report.plan().lines().stream()
                    .filter(l -> l.structureId().equals(structure.id()))
                    .toList();
        }
    }

    /** A structure whose statement the user's organisation receives. */
    public record Received(UUID conventionId, String conventionTitle, String structureId, String structureName) {}

    public Statement statement(UUID conventionId, String structureId) {
        ConventionSummary convention =
                conventions.find(conventionId).orElseThrow(() -> notFound(conventionId, structureId));
        var stored = repository.inputs(conventionId);
        FinancingInputs inputs = stored.map(FinancingRepository.Stored::value).orElseGet(FinancingInputs::empty);
        FinancingInputs.Structure structure = inputs.structures().stream()
                .filter(s -> s.id().equals(structureId))
                .findFirst()
                .orElse(null);
        boolean viaConvention = conventions.canRead(convention);
        if (structure == null || !(viaConvention || ownOperator(structure))) throw notFound(conventionId, structureId);
        FundingComputation.Computed computed = computation.compute(convention, inputs);
        FinancingReport report = new FinancingReport(
                convention,
                stored.map(FinancingRepository.Stored::version).orElse(0),
                inputs,
                computed.plan(),
                computed.parameters(),
                false,
                computed.statuses(),
                computed.computedLines(),
                false);
        return new Statement(report, structure, viaConvention);
    }

    /** The structures whose gestionnaire is the user's organisation, in every convention, by convention and name. */
    public List<Received> received() {
        List<Received> rows = CurrentUser.optional()
                .map(u -> repository.structuresOperatedBy(u.organisationId()))
                .orElse(List.of());
        java.util.Map<UUID, String> titles = new java.util.HashMap<>();
        return rows.stream()
                .map(r -> new Received(
                        r.conventionId(),
                        titles.computeIfAbsent(
                                r.conventionId(),
                                id -> conventions
                                        .find(id)
                                        .map(ConventionSummary::title)
                                        .orElse("")),
                        r.structureId(),
                        r.structureName()))
                .sorted(fr.pilotectg.shared.FrenchOrder.<Received>by(Received::conventionTitle)
                        .thenComparing(fr.pilotectg.shared.FrenchOrder.by(Received::structureName)))
                .toList();
    }

    private static boolean ownOperator(FinancingInputs.Structure structure) {
        UUID organisation =
                structure.operator() == null ? null : structure.operator().organisationId();
        return organisation != null
                && CurrentUser.optional()
                        .map(PiloteUser::organisationId)
                        .map(organisation::equals)
                        .orElse(false);
    }

    private static DomainException notFound(UUID conventionId, String structureId) {
        return DomainException.notFound(FinancingErrors.STATEMENT_NOT_FOUND, structureId);
    }
}
