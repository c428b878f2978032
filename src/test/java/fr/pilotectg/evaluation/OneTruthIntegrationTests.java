package fr.pilotectg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One truth per number: places planned, places created and actions late read the same on the schéma, the diagnostic,
 * the indicators, the annual review and the final bilan (API responses), and the review of a past year (2022, of a
 * convention 2021-2024 built here) shows the state at 31 December of that year, not today's.
 */
@IntegrationTest
class OneTruthIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    @Test
    void theSchemaTheDiagnosticTheIndicatorsTheReviewsAndTheBilanReadTheSameFigures() {
        String id = convention("CTG une seule vérité " + UUID.randomUUID());
        String schema = "/api/v1/conventions/" + id + "/schema/actions";

        // Schéma: 20 places planned for 2021 and realised in 2021; 12 planned for 2022, realised in 2023; 6 planned for
        // 2022 (10 → 16), not realised; 30 planned for 2024 then abandoned; 40 ALSH places (not childcare).
        realise(schema, row(schema, "CREATION", "Crèche des Prés", null, 20, "2021"), "2021-09-01");
        realise(schema, row(schema, "CREATION", "Micro-crèche du Bourg", null, 12, "2022"), "2023-03-15");
        row(schema, "DEVELOPPEMENT", "Extension Multi-accueil", 10, 16, "2022");
        String abandoned = row(schema, "CREATION", "Crèche abandonnée", null, 30, "2024");
        assertThat(caf().put(
                                schema + "/" + abandoned + "/status",
                                "{\"version\":0,\"status\":\"ABANDONED\",\"reason\":\"Pas de foncier\"}")
                        .status())
                .isEqualTo(200);
        Api.Response alsh = caf().post(schema, """
                {"data":{"communeCode":"59017","thematic":"ENFANCE_JEUNESSE","nature":"CREATION","title":"ALSH","equipmentType":"ALSH_EXTRA",
                 "capacityAfter":40,"plannedStart":"2022"}}""");
        assertThat(alsh.status()).as(alsh.body()).isEqualTo(201);

        // Plan: late at 31/12/2022 (due 30/06/2022); due 30/06/2023; due 01/03/2022 but done since (today); due
        // 01/03/2024.
        String axis = caf().post(
                        "/api/v1/conventions/" + id + "/plan/axes",
                        "{\"title\":\"Axe unique\",\"domains\":[\"PETITE_ENFANCE\"],\"enjeux\":[\"E1\"]}")
                .json()
                .get("id")
                .asString();
        String lateIn2022 = fiche(id, axis, "Fiche échue en 2022", "2022-06-30");
        String dueIn2023 = fiche(id, axis, "Fiche due en 2023", "2023-06-30");
        String doneSince = fiche(id, axis, "Fiche terminée depuis", "2022-03-01");
        String dueIn2024 = fiche(id, axis, "Fiche due en 2024", "2024-03-01");
        for (String status : new String[] {"PRESENTED", "VALIDATED", "IN_PROGRESS", "DONE"}) {
            int version = caf().get("/api/v1/fiches/" + doneSince)
                    .json()
                    .get("version")
                    .asInt();
            Api.Response moved = caf().post(
                            "/api/v1/fiches/" + doneSince + "/status",
                            "{\"version\":%d,\"status\":\"%s\"}".formatted(version, status));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        String placesIndicator = adopt(id, "I09");
        String lateIndicator = adopt(id, "A02");

        // The schéma page.
        JsonNode schemaPage = caf().get("/api/v1/conventions/" + id + "/schema").json();
        assertThat(schemaPage.get("plannedTotal").decimalValue()).isEqualByComparingTo("38");
        assertThat(schemaPage.get("realisedTotal").decimalValue()).isEqualByComparingTo("32");
        assertThat(yearLine(schemaPage.get("years"), 2022).get("planned").decimalValue())
                .isEqualByComparingTo("18");
        assertThat(yearLine(schemaPage.get("years"), 2023).get("realised").decimalValue())
                .isEqualByComparingTo("12");

        // The diagnostic reads the schéma's totals.
        JsonNode diagnostic =
                caf().get("/api/v1/conventions/" + id + "/diagnostic").json().get("schema");
        assertThat(diagnostic.get("plannedTotal").decimalValue())
                .isEqualByComparingTo(schemaPage.get("plannedTotal").decimalValue());
        assertThat(diagnostic.get("createdTotal").decimalValue())
                .isEqualByComparingTo(schemaPage.get("realisedTotal").decimalValue());

        // The annual review of 2022: places up to 31/12/2022 from the same rows, fiches as they stood that day.
        JsonNode review =
                caf().get("/api/v1/conventions/" + id + "/reviews/2022").json().get("report");
        assertThat(review.get("asOf").asString()).isEqualTo("2022-12-31");
        assertThat(review.get("places").get("planned").decimalValue())
                .isEqualByComparingTo(sumUpTo(schemaPage.get("years"), "planned", 2022));
        assertThat(review.get("places").get("realised").decimalValue())
                .isEqualByComparingTo(sumUpTo(schemaPage.get("years"), "realised", 2022))
                .isEqualByComparingTo("20");
        assertThat(review.get("lateCount").asInt())
                .as("due 30/06/2022, and due 01/03/2022 but done only later")
                .isEqualTo(2);
        assertThat(ficheRow(review, doneSince).get("status").asString())
                .as("done after 2022")
                .isEqualTo("DRAFT");
        assertThat(ficheRow(review, doneSince).get("late").asBoolean()).isTrue();
        assertThat(ficheRow(review, lateIn2022).get("late").asBoolean()).isTrue();
        assertThat(ficheRow(review, dueIn2023).get("late").asBoolean()).isFalse();
        assertThat(ficheRow(review, dueIn2024).get("late").asBoolean()).isFalse();
        assertThat(indicatorRow(review, lateIndicator).get("value").asInt())
                .isEqualTo(review.get("lateCount").asInt());
        assertThat(indicatorRow(review, placesIndicator).get("value").decimalValue())
                .isEqualByComparingTo(review.get("places").get("realised").decimalValue());
        // Today the plan says otherwise: the fiche done since is done, the later ones are late.
        JsonNode today = caf().get("/api/v1/fiches/" + doneSince).json();
        assertThat(today.get("status").asString()).isEqualTo("DONE");
        assertThat(caf().get("/api/v1/fiches/" + dueIn2024).json().get("late").asBoolean())
                .isTrue();

        // The indicators page gives the same values, year by year.
        JsonNode places = caf().get("/api/v1/conventions/" + id + "/indicators/" + placesIndicator)
                .json();
        JsonNode late = caf().get("/api/v1/conventions/" + id + "/indicators/" + lateIndicator)
                .json();
        assertThat(year(places, 2022).get("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(year(places, 2024).get("value").decimalValue())
                .isEqualByComparingTo(schemaPage.get("realisedTotal").decimalValue());
        assertThat(year(late, 2022).get("value").asInt())
                .isEqualTo(review.get("lateCount").asInt());

        // The final bilan: the schéma's totals and the plan at the convention's end (31/12/2024).
        JsonNode bilan =
                caf().get("/api/v1/conventions/" + id + "/final-review").json().get("report");
        assertThat(bilan.get("asOf").asString()).isEqualTo("2024-12-31");
        assertThat(bilan.get("places").get("planned").decimalValue())
                .isEqualByComparingTo(schemaPage.get("plannedTotal").decimalValue());
        assertThat(bilan.get("places").get("realised").decimalValue())
                .isEqualByComparingTo(schemaPage.get("realisedTotal").decimalValue());
        assertThat(bilan.get("lateCount").asInt())
                .as("every fiche: the one done since was done after the end")
                .isEqualTo(4);
        assertThat(year(late, 2024).get("value").asInt())
                .isEqualTo(bilan.get("lateCount").asInt());
        assertThat(indicatorRow(bilan, lateIndicator).get("value").asInt())
                .isEqualTo(bilan.get("lateCount").asInt());
    }

    // ---------------------------------------------------------------- building the convention through the API

    private String convention(String title) {
        Api.Response created = caf().post("/api/v1/conventions", """
                {"title":"%s","start":"2021-01-01","end":"2024-12-31","communes":["59017"],
                 "signatories":[{"organisationId":"%s","representatives":[{"name":"Directrice","role":"DIRECTOR"}]},
                   {"organisationId":"%s","representatives":[{"name":"Maire","role":"MAYOR","title":"Maire"}]}],
                 "domains":["PETITE_ENFANCE","PARENTALITE"],"missions":[{"code":"M1","enjeux":["E1"]}]}
                """.formatted(
                        title, org("Caisse d'allocations familiales du Nord"), org("Ville d'Armentières")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String row(String path, String nature, String title, Integer before, int after, String start) {
        Api.Response created = caf().post(path, """
                {"data":{"communeCode":"59017","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"%s","title":"%s","equipmentType":"EAJE_MULTI_ACCUEIL",
                 "capacityBefore":%s,"capacityAfter":%d,"plannedStart":"%s"}}""".formatted(nature, title, before, after, start));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void realise(String path, String row, String on) {
        Api.Response realised =
                caf().post(path + "/" + row + "/realisation", "{\"version\":0,\"realisedOn\":\"%s\"}".formatted(on));
        assertThat(realised.status()).as(realised.body()).isEqualTo(200);
    }

    private String fiche(String convention, String axis, String title, String due) {
        Api.Response created =
                caf().post("/api/v1/conventions/" + convention + "/plan/fiches", """
                {"axisId":"%s","title":"%s","milestones":[{"dueOn":"%s","label":"Échéance","done":false}]}""".formatted(axis, title, due));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String adopt(String convention, String code) {
        Api.Response adopted =
                caf().post("/api/v1/conventions/" + convention + "/indicators", "{\"code\":\"%s\"}".formatted(code));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        return adopted.json().get("id").asString();
    }

    private UUID org(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    // ---------------------------------------------------------------- reading the responses

    private static JsonNode yearLine(JsonNode years, int year) {
        for (JsonNode y : years) if (y.get("year").asInt() == year) return y;
        throw new AssertionError("no year " + year + " in " + years);
    }

    private static BigDecimal sumUpTo(JsonNode years, String field, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode y : years)
            if (y.get("year").asInt() <= year) sum = sum.add(y.get(field).decimalValue());
        return sum;
    }

    private static JsonNode year(JsonNode indicator, int year) {
        for (JsonNode y : indicator.get("years")) if (y.get("year").asInt() == year) return y;
        throw new AssertionError("no year " + year + " in " + indicator);
    }

    private static JsonNode ficheRow(JsonNode report, String ficheId) {
        for (JsonNode f : report.get("fiches")) if (f.get("id").asString().equals(ficheId)) return f;
        throw new AssertionError("no fiche " + ficheId + " in " + report.get("fiches"));
    }

    private static JsonNode indicatorRow(JsonNode report, String indicatorId) {
        for (JsonNode i : report.get("indicators")) if (i.get("id").asString().equals(indicatorId)) return i;
        throw new AssertionError("no indicator " + indicatorId + " in " + report.get("indicators"));
    }
}
