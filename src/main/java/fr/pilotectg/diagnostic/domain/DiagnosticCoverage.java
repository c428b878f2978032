package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.evaluation.IndicatorComputation;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The evaluation's "taux de couverture petite enfance (registre)", computed by the diagnostic: register places of
 * EAJE and MAM per 100 children under 3, for the year of the children figure. Nothing until that figure is entered.
 */
@Component
class DiagnosticCoverage implements IndicatorComputation {

    private final DiagnosticService diagnostics;

    DiagnosticCoverage(DiagnosticService diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public String name() {
        return "COVERAGE_UNDER_3";
    }

    @Override
    public String source() {
        return "Calculé : diagnostic partagé (places EAJE et MAM du registre / enfants de moins de 3 ans)";
    }

    @Override
    public Map<Integer, BigDecimal> values(Scope scope) {
        DiagnosticReport.Childcare childcare = diagnostics.report(scope.conventionId()).childcare();
        Figure children = childcare.childrenUnder3();
        if (children == null || children.year() == null || childcare.coverageRate() == null) return Map.of();
        return Map.of(children.year(), childcare.coverageRate());
    }
}
