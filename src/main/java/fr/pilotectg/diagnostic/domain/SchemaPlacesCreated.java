package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.evaluation.IndicatorComputation;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Places créées" of the evaluation, computed from the schéma de développement: the places of the realised rows that
 * count for childcare, by year of realisation. Wins over the evaluation's own estimate from the register's capacity
 * history, which cannot tell a creation from a correction.
 */
@Component
class SchemaPlacesCreated implements IndicatorComputation {

    private final DiagnosticRepository repository;

    SchemaPlacesCreated(DiagnosticRepository repository) {
        this.repository = repository;
    }

    @Override
    public String name() {
        return "PLACES_CREATED";
    }

    @Override
    public String source() {
        return "Schéma de développement de la convention (lignes réalisées)";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Integer, BigDecimal> values(Scope scope) {
        var byYear = new TreeMap<Integer, BigDecimal>();
        for (var stored : repository.actionsOf(scope.conventionId())) {
            SchemaAction action = stored.value();
            BigDecimal delta = action.data().delta();
            if (action.status() != ActionStatus.REALISED || action.realisedOn() == null || delta == null
                    || !action.data().countsForChildcare() || action.realisedOn().isAfter(scope.today())) {
                continue;
            }
            byYear.merge(action.realisedOn().getYear(), delta, BigDecimal::add);
        }
        return byYear;
    }
}
