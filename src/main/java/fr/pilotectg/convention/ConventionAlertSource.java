package fr.pilotectg.convention;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Alerts that other modules raise about conventions (governance behind schedule…), shown with the conventions' own
 * on a convention's page, in the portfolio and on the home page. Implemented by modules that depend on this one, so
 * that the convention module never depends on them. Called only for conventions the user may read and that are in
 * force.
 *
 * <p>A list page asks for the alerts of all its rows at once through {@link #alertsOf(Collection)}: a source answers
 * them in a constant number of statements whatever the number of conventions (issue 15; the statement count of the
 * pages is pinned by {@code PageStatementCountTests}). The one-convention method is what a source writes when it
 * cannot do better; the default set method then calls it once per convention.
 */
public interface ConventionAlertSource {

    List<ConventionAlert> alertsOf(ConventionSummary convention);

    /** The alerts of each convention, by convention id (a convention without alert may be absent). */
    default Map<UUID, List<ConventionAlert>> alertsOf(Collection<ConventionSummary> conventions) {
        Map<UUID, List<ConventionAlert>> alerts = new LinkedHashMap<>();
        for (ConventionSummary convention : conventions) alerts.put(convention.id(), alertsOf(convention));
        return alerts;
    }
}
