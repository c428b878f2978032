package fr.pilotectg.convention;

import java.util.List;

/**
 * Alerts that other modules raise about a convention (governance behind schedule…), shown with the convention's own
 * on its page, in the portfolio and on the home page. Implemented by modules that depend on this one, so that the
 * convention module never depends on them. Called only for conventions the user may read and that are in force.
 */
public interface ConventionAlertSource {

    List<ConventionAlert> alertsOf(ConventionSummary convention);
}
