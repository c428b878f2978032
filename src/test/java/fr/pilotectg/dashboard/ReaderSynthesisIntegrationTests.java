package fr.pilotectg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.MutableClock;
import fr.pilotectg.platform.PageSession;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: an élu or a reader finds on the home page a synthesis of each convention in force. A convention of its own on
 * Armentières ending on 16/06/2026 (the soonest, so among the first shown on 15/06/2026) follows four indicators (one
 * reaching its 2024 target, two behind it — one where less is better —, one without value), plans 30 known places in its schéma (20 created) and one
 * action whose places are unknown, and holds a COPIL on 16/06/2026: a reader of Armentières reads each figure in French.
 */
@IntegrationTest
class ReaderSynthesisIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReaderSeesIndicatorsAgainstTargetsPlacesAgainstPlannedAndTheNextCopil() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String title = Fixtures.unique("CTG de la synthèse");
        String convention = fixtures.signed(title, "2022-01-01", "2026-06-16", "2023-02-10")
                .get("id")
                .asString();
        Api caf = fixtures.caf();

        indicator(caf, convention, "Indicateur atteint", "HIGHER_IS_BETTER", "12");
        indicator(caf, convention, "Indicateur en retard", "HIGHER_IS_BETTER", "8");
        indicator(caf, convention, "Retards à réduire", "LOWER_IS_BETTER", "12");
        indicator(caf, convention, "Indicateur sans valeur", "HIGHER_IS_BETTER", null);

        String schema = "/api/v1/conventions/" + convention + "/schema/actions";
        String created = row(caf, schema, "Crèche créée", "20", "2023");
        Api.Response realised =
                caf.post(schema + "/" + created + "/realisation", "{\"version\":0,\"realisedOn\":\"2023-09-01\"}");
        assertThat(realised.status()).as(realised.body()).isEqualTo(200);
        row(caf, schema, "Micro-crèche prévue", "10", "2025");
        row(caf, schema, "Crèche aux places inconnues", "null", "2025");

        String copil = fixtures.body(convention, "COPIL", Fixtures.unique("COPIL de la synthèse"));
        Api.Response meeting =
                caf.post("/api/v1/conventions/" + convention + "/governance/meetings", """
                {"bodyId":"%s","date":"2026-06-16","place":"Hôtel de ville"}""".formatted(copil));
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);

        String reader = "synth-" + UUID.randomUUID().toString().substring(0, 8);
        readerOf(fixtures.organisation("Ville d'Armentières"), reader);
        String home = PageSession.signIn(port, reader, "demo").get("/").body();
        String card = card(home, convention);
        assertThat(card)
                .contains(title)
                .contains("Prochain comité de pilotage")
                .contains("16/06/2026")
                .contains("4 indicateurs suivis")
                .contains("1 atteint sa cible")
                .contains("2 en retard sur leur cible")
                .contains("1 non renseigné (sans cible ou sans valeur)")
                .contains("/conventions/" + convention + "/evaluation")
                .contains("20 places créées sur 30 prévues")
                .contains("1 action aux places non renseignées")
                .contains("/conventions/" + convention + "/schema")
                .doesNotContain("aucune réunion prévue");

        // Out of reach: the Lille reader does not see this Armentières convention.
        String lille = PageSession.signIn(port, "lecteur", "demo").get("/").body();
        assertThat(lille).doesNotContain(title);
    }

    /** An indicator with a 2024 target of 10 and, when given, its 2024 value. */
    private static void indicator(Api caf, String convention, String name, String direction, String value2024) {
        Api.Response created = caf.post(
                "/api/v1/conventions/" + convention + "/indicators", """
                {"name":"%s","unit":"NUMBER","direction":"%s","source":"Test","targets":{"2024":"10"}}""".formatted(Fixtures.unique(name), direction));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        if (value2024 == null) return;
        Api.Response valued = caf.put(
                "/api/v1/conventions/" + convention + "/indicators/"
                        + created.json().get("id").asString() + "/values/2024",
                "{\"version\":%d,\"value\":\"%s\"}"
                        .formatted(created.json().get("version").asInt(), value2024));
        assertThat(valued.status()).as(valued.body()).isEqualTo(200);
    }

    /** A creation in the schéma of an EAJE of {@code places} places (the JSON literal, "null" when unknown). */
    private static String row(Api caf, String path, String title, String places, String start) {
        Api.Response created = caf.post(path, """
                {"data":{"communeCode":"59017","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"CREATION","title":"%s",
                 "equipmentType":"EAJE_MULTI_ACCUEIL","capacityAfter":%s,"plannedStart":"%s"}}""".formatted(title, places, start));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The synthesis card of one convention on the home page. */
    private static String card(String page, String convention) {
        int at = page.indexOf("aria-labelledby=\"synthese-" + convention + "\"");
        assertThat(at)
                .as("the synthesis of " + convention + " is on the reader's home")
                .isPositive();
        return page.substring(at, page.indexOf("</article>", at));
    }

    private void readerOf(UUID organisation, String login) {
        jdbc.sql("""
                        INSERT INTO directory.user_account (id, username, display_name, password_hash, organisation_id, role, created_at)
                        SELECT :id, :login, 'Élu lecteur de la synthèse', password_hash, :org, 'READER', now()
                        FROM directory.user_account WHERE username = 'lens'""")
                .param("id", UUID.randomUUID())
                .param("login", login)
                .param("org", organisation)
                .update();
    }
}
