package fr.pilotectg.financing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scenario pages through the server-rendered forms: the writer creates a scenario from the form and lands on its
 * comparison with the plan; a reader sees the demo scenario beside the plan and no creation form nor discard button, and
 * a creation posted anyway is refused (403) and saves nothing.
 */
@IntegrationTest
class FinancingScenarioPageTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String DEMO_SCENARIO = "6c1f0f1e-2021-4c71-8a11-00000000c0c0";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWriterCreatesAScenarioFromTheFormAndSeesItBesideThePlan() {
        FinancingTestData data = new FinancingTestData(port, jdbc);
        FinancingTestData.TestCaf caf = data.newCaf();
        String id = data.conventionWithOisillons(caf);
        PageSession agent = PageSession.signIn(port, caf.agent(), caf.password());
        String base = "/conventions/" + id + "/financement/scenarios";
        PageSession.Page list = agent.get(base);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"form-scenario\"", "Aucun scénario pour cette convention.");

        PageSession.Page created = agent.post(
                base,
                Map.of(
                        "name", "Oisillons +6 en 2024",
                        "kind", "ADD_PLACES",
                        "structureId", "oisillons",
                        "places", "6",
                        "year", "2024",
                        "month", "1",
                        "qpv", ""));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).contains(base + "/");
        PageSession.Page page =
                agent.get(created.location().substring(created.location().indexOf(base)));
        assertThat(page.status()).isEqualTo(200);
        // 6 places in a QPV from January 2024: 6 × 3 600 € a year
        assertThat(page.body())
                .contains("+6 places nouvelles à Les Oisillons en 01/2024.")
                .contains("+21\u00a0600,00\u00a0€ en 2024")
                .contains("Plan actuel");

        PageSession.Page refused = agent.post(
                base,
                Map.of("name", "", "kind", "ADD_PLACES", "structureId", "inconnue", "places", "2", "year", "2030"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(agent.get(base).body()).contains("Donnez un nom au scénario.");
        assertThat(jdbc.sql("SELECT count(*) FROM financing.scenario WHERE convention_id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReaderSeesTheDemoScenarioBesideThePlanAndNoCreationForm() {
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        String base = "/conventions/" + LLH + "/financement/scenarios";
        PageSession.Page list = reader.get(base);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains("Concorde +20 places en 2023")
                .doesNotContain("id=\"form-scenario\"", "id=\"generer-schema\"", "/ecarter");
        PageSession.Page comparison = reader.get(base + "/" + DEMO_SCENARIO);
        assertThat(comparison.status()).isEqualTo(200);
        assertThat(comparison.body())
                .contains(
                        "Plan actuel", "Multi-accueil Concorde", "+20 places nouvelles", "en 2024", "id=\"par-annee\"");

        PageSession.Page posted =
                reader.post(base, Map.of("name", "Lecteur", "kind", "SET_PRORATION", "proration", "NONE"));
        // a read-only role is refused any change (403), whatever the page
        assertThat(posted.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM financing.scenario WHERE name = 'Lecteur'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
