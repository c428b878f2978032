package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The funding lines of a fiche carry a funder kind and a year within the convention, shown « non renseigné » if not given. */
@IntegrationTest
class FicheFundingKindIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFundingLineHasAKindAndAYearWithinTheConventionElseAFrenchRefusal() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String convention = fixtures.signedConvention(Fixtures.unique("CTG financeurs de fiche"));
        JsonNode fiche = fixtures.fiche(convention, Fixtures.unique("Fiche financée"));
        String id = fiche.get("id").asString();
        Api caf = Api.as(port, "caf-nord", "demo");
        JsonNode read = caf.get("/api/v1/fiches/" + id).json();
        int version = read.findValue("version").asInt();
        String body = """
                {"version":%d,"axisId":"%s","title":"%s","progress":10,
                 "fundings":[{"funder":"Caf du Nord","amount":8000,"kind":"CAF_ACTION_SOCIALE","year":%d},
                             {"funder":"Ville","amount":2000}]}""";
        String axis = read.findValue("axisId").asString();
        String title = read.findValue("title").asString();
        Api.Response refused = caf.put("/api/v1/fiches/" + id, body.formatted(version, axis, title, 2030));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsString("code")).contains("FICHE_FUNDING_YEAR_OUTSIDE");
        assertThat(refused.body())
                .contains("L’année 2030 du financement est hors de la période de la convention (2023–2026).");
        assertThat(caf.get("/api/v1/fiches/" + id).json().findValue("version").asInt())
                .isEqualTo(version);

        Api.Response saved = caf.put("/api/v1/fiches/" + id, body.formatted(version, axis, title, 2024));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode fundings = caf.get("/api/v1/fiches/" + id).json().findValue("fundings");
        assertThat(fundings.get(0).get("kind").asString()).isEqualTo("CAF_ACTION_SOCIALE");
        assertThat(fundings.get(0).get("year").asInt()).isEqualTo(2024);
        assertThat(fundings.get(1).get("kind").isNull()).isTrue();

        PageSession page = PageSession.signIn(port, "caf-nord", "demo");
        assertThat(page.get("/fiches/" + id).body())
                .contains("(Action sociale de la Caf (PS, BT, bonus), 2024)", "(non renseigné, non renseigné)");
        assertThat(page.get("/fiches/" + id + "/edit").body())
                .contains("name=\"fundings[0].kind\"", "name=\"fundings[0].year\"");
    }
}
