package fr.pilotectg.evaluation.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.evaluation.IndicatorComputation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indicators the application computes itself. "Places créées" comes from the equipment register's dated capacity
 * history (the schéma de développement module, when present, may provide a better one with a higher priority); the
 * actions done and late come from the action plan, as they stand today (the plan keeps no dated status history), so
 * they are given for the current year of the convention (its last year once it has ended).
 */
@Configuration(proxyBeanMethods = false)
class BuiltInComputations {

    static final String PLACES_CREATED = "PLACES_CREATED";
    static final String ACTIONS_DONE = "ACTIONS_DONE";
    static final String ACTIONS_LATE = "ACTIONS_LATE";

    @Bean
    IndicatorComputation placesCreated(EquipmentRegister register) {
        return new IndicatorComputation() {
            @Override
            public String name() {
                return PLACES_CREATED;
            }

            @Override
            public String source() {
                return "Calculé : registre des équipements (historique des capacités en places)";
            }

            @Override
            public Map<Integer, BigDecimal> values(Scope scope) {
                Map<Integer, BigDecimal> values = new TreeMap<>();
                List<Integer> years = scope.yearsSoFar();
                if (years.isEmpty()) return values;
                List<LocalDate> days = years.stream().map(scope::dayOf).toList();
                Map<LocalDate, BigDecimal> created = register.capacityCreatedSince(scope.communes(), CapacityUnit.PLACES, scope.start(), days);
                for (int y : years) values.put(y, created.getOrDefault(scope.dayOf(y), BigDecimal.ZERO));
                return values;
            }
        };
    }

    @Bean
    IndicatorComputation actionsDone(ActionPlans plans) {
        return fiches(plans, ACTIONS_DONE, "Calculé : plan d’actions (fiches terminées, au jour)", f -> f.status() == fr.pilotectg.actionplan.FicheStatus.DONE);
    }

    @Bean
    IndicatorComputation actionsLate(ActionPlans plans) {
        return fiches(plans, ACTIONS_LATE, "Calculé : plan d’actions (fiches en retard, au jour)", FicheSummary::late);
    }

    private static IndicatorComputation fiches(ActionPlans plans, String name, String source, java.util.function.Predicate<FicheSummary> counted) {
        return new IndicatorComputation() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String source() {
                return source;
            }

            @Override
            public Map<Integer, BigDecimal> values(Scope scope) {
                List<Integer> years = scope.yearsSoFar();
                if (years.isEmpty()) return Map.of();
                int year = years.get(years.size() - 1);
                long count = plans.fichesOf(scope.conventionId()).stream().filter(counted).count();
                return Map.of(year, BigDecimal.valueOf(count));
            }
        };
    }
}
