package fr.pilotectg.actionplan.domain;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionAlertSource;
import fr.pilotectg.convention.ConventionSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A signed convention (called only for those in force or about to be) whose plan has no fiche at all: an alert on its
 * page, in the portfolio and on the home page. Whether the plan is empty does not depend on who looks. One statement
 * for any number of conventions.
 */
@Component
class EmptyPlanAlerts implements ConventionAlertSource {

    private static final List<ConventionAlert> EMPTY_PLAN =
            List.of(new ConventionAlert(ConventionAlert.Code.EMPTY_PLAN, ConventionAlert.Level.WARNING, List.of()));

    private final JdbcClient jdbc;

    EmptyPlanAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ConventionAlert> alertsOf(ConventionSummary convention) {
        return alertsOf(List.of(convention)).getOrDefault(convention.id(), List.of());
    }

    @Override
    public Map<UUID, List<ConventionAlert>> alertsOf(Collection<ConventionSummary> conventions) {
        if (conventions.isEmpty()) return Map.of();
        Map<UUID, List<ConventionAlert>> alerts = new HashMap<>();
        jdbc.sql("""
                        SELECT c FROM unnest(CAST(:ids AS uuid[])) AS c
                        WHERE NOT EXISTS (SELECT 1 FROM actionplan.fiche f WHERE f.convention_id = c)""")
                .param("ids", conventions.stream().map(ConventionSummary::id).toArray(UUID[]::new))
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .forEach(id -> alerts.put(id, EMPTY_PLAN));
        return alerts;
    }
}
