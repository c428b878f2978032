package fr.pilotectg.evaluation.domain;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.evaluation.IndicatorComputation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
                if (scope.today().isBefore(scope.start())) return values;
                List<LocalDate> days = new ArrayList<>();
                int last = Math.min(scope.end().getYear(), scope.today().getYear());
                for (int y = scope.start().getYear(); y <= last; y++) days.add(dayOf(y, scope));
                Map<LocalDate, BigDecimal> created = register.capacityCreatedSince(scope.communes(), CapacityUnit.PLACES, scope.start(), days);
                for (int y = scope.start().getYear(); y <= last; y++) values.put(y, created.getOrDefault(dayOf(y, scope), BigDecimal.ZERO));
                return values;
            }
        };
    }

    private static LocalDate dayOf(int year, IndicatorComputation.Scope scope) {
        LocalDate day = LocalDate.of(year, 12, 31);
        if (day.isAfter(scope.end())) day = scope.end();
        if (day.isAfter(scope.today())) day = scope.today();
        return day;
    }

    @Bean
    IndicatorComputation actionsDone(ActionPlans plans) {
        return fiches(plans, ACTIONS_DONE, "Calculé : plan d’actions (fiches terminées, au jour)", f -> "DONE".equals(f.status()));
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
                if (scope.today().isBefore(scope.start())) return Map.of();
                int year = Math.min(scope.end().getYear(), scope.today().getYear());
                long count = plans.fichesOf(scope.conventionId()).stream().filter(counted).count();
                return Map.of(year, BigDecimal.valueOf(count));
            }
        };
    }
}
