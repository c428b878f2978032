package fr.pilotectg.actionplan.domain;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionAlertSource;
import fr.pilotectg.convention.ConventionSummary;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A signed convention (called only for those in force or about to be) whose plan has no fiche at all: an alert on its
 * page, in the portfolio and on the home page. Whether the plan is empty does not depend on who looks.
 */
@Component
class EmptyPlanAlerts implements ConventionAlertSource {

    private final JdbcClient jdbc;

    EmptyPlanAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ConventionAlert> alertsOf(ConventionSummary convention) {
        boolean empty = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM actionplan.fiche WHERE convention_id = :c)")
                .param("c", convention.id())
                .query(Boolean.class)
                .single();
        return empty
                ? List.of(
                        new ConventionAlert(ConventionAlert.Code.EMPTY_PLAN, ConventionAlert.Level.WARNING, List.of()))
                : List.of();
    }
}
