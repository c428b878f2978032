package fr.pilotectg.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, unknown places in the schéma de développement: a row whose capacity is not known is saved and read back
 * without a number, left out of the totals (never counted as 0) and the totals say how many rows they miss; a negative
 * capacity is still refused.
 */
@IntegrationTest
class SchemaUnknownsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private Api.Response row(String convention, String title, String capacity) {
        return caf().post("/api/v1/conventions/" + convention + "/schema/actions", """
                {"data":{"communeCode":"%s","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"DEVELOPPEMENT","title":"%s",
                 "equipmentType":"EAJE_MULTI_ACCUEIL","plannedStart":"2024"%s}}""".formatted(
                        Fixtures.FREE_COMMUNE, title, capacity));
    }

    @Test
    void rowsWithUnknownPlacesAreCountedApartAndTheTotalsSaySo() {
        String conv = Fixtures.of(port, jdbc).draftIn(Fixtures.unique("CTG places inconnues"), Fixtures.FREE_COMMUNE);
        assertThat(row(conv, "Crèche connue", ",\"capacityAfter\":12").status()).isEqualTo(201);
        Api.Response undefined = row(conv, "Crèche à définir", ",\"capacityUndefined\":true");
        assertThat(undefined.status()).as(undefined.body()).isEqualTo(201);
        Api.Response unknown = row(conv, "Micro-crèche sans chiffre", ",\"capacityAfter\":null,\"capacityAdded\":null");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(201);

        JsonNode schema = caf().get("/api/v1/conventions/" + conv + "/schema").json();
        assertThat(schema.get("plannedTotal").decimalValue()).isEqualByComparingTo("12");
        assertThat(schema.get("plannedUnknown").asInt()).isEqualTo(2);
        assertThat(schema.get("plannedTotalText").asString())
                .isEqualTo("12 places connues, 2 actions sans nombre de places renseigné");
        assertThat(schema.get("realisedTotalText").asString()).isEqualTo("0");
        for (JsonNode action : schema.get("actions")) {
            if (action.get("data").get("title").asString().equals("Micro-crèche sans chiffre")) {
                assertThat(action.get("data").get("capacityAfter").isNull()).isTrue();
            }
        }

        String page = fr.pilotectg.platform.PageSession.signIn(port, "caf-nord", "demo")
                .get("/conventions/" + conv + "/schema")
                .body();
        assertThat(page).contains("12 places connues, 2 actions sans nombre de places renseigné", "non renseignée");
        String diagnostic = fr.pilotectg.platform.PageSession.signIn(port, "caf-nord", "demo")
                .get("/conventions/" + conv + "/diagnostic")
                .body();
        assertThat(diagnostic).contains("prévues 12 places connues, 2 actions sans nombre de places renseigné");

        Api.Response negative = row(conv, "Crèche négative", ",\"capacityAfter\":-3");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("fields").findValuesAsString("code")).contains("SCHEMA_CAPACITY_NEGATIVE");
    }
}
