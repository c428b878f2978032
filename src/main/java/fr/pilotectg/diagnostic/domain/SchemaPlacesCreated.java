package fr.pilotectg.diagnostic.domain;

import fr.pilotectg.evaluation.IndicatorComputation;
import java.math.BigDecimal;
import java.time.LocalDate;
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
        return "Calculé : schéma de développement (places des lignes réalisées, cumulées depuis le début de la convention)";
    }

    @Override
    public int priority() {
        return 10;
    }

    /** Places created since the start of the convention, at the end of each year so far (cumulative, like the register's estimate). */
    @Override
    @Transactional(readOnly = true)
    public Map<Integer, BigDecimal> values(Scope scope) {
        var realised = repository.actionsOf(scope.conventionId()).stream().map(DiagnosticRepository.Stored::value)
                .filter(a -> a.status() == ActionStatus.REALISED && a.realisedOn() != null && a.data().delta() != null
                        && a.data().countsForChildcare() && !a.realisedOn().isBefore(scope.start()))
                .toList();
        var values = new TreeMap<Integer, BigDecimal>();
        for (int year : scope.yearsSoFar()) {
            LocalDate day = scope.dayOf(year);
            values.put(year, realised.stream().filter(a -> !a.realisedOn().isAfter(day)).map(a -> a.data().delta())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return values;
    }
}
