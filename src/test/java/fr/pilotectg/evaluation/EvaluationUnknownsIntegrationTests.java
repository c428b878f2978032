package fr.pilotectg.evaluation;

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
 * Issue 12, figures in the evaluation: a signed indicator carries negative values (« −12 % ») and positive ones with
 * their sign (« +3 points »), units include points de %, communes and a unit of the convention's own, a baseline without
 * year never prints « (null) »; an unsigned count still refuses a negative value.
 */
@IntegrationTest
class EvaluationUnknownsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private static JsonNode year(JsonNode indicator, int year) {
        for (JsonNode y : indicator.get("years")) if (y.get("year").asInt() == year) return y;
        throw new AssertionError("no year " + year);
    }

    private JsonNode create(String convention, String json) {
        Api.Response created = caf().post("/api/v1/conventions/" + convention + "/indicators", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void signedValuesRoundTripWithTheirSignAndUnitAndABaselineWithoutYearSaysSo() {
        String convention = Fixtures.of(port, jdbc).signedConvention(Fixtures.unique("CTG valeurs signées"));
        JsonNode evolution = create(convention, """
                {"name":"Évolution des naissances","unit":"PERCENT","signed":true,"direction":"HIGHER_IS_BETTER",
                 "source":"Insee","baselineValue":"−3,5","baselineYear":null}""");
        assertThat(evolution.get("signed").asBoolean()).isTrue();
        assertThat(evolution.get("baselineValue").decimalValue()).isEqualByComparingTo("-3.5");
        assertThat(evolution.get("baselineYear").isNull()).isTrue();
        assertThat(evolution.get("baselineText").asString()).isEqualTo("−3,5\u00a0% (année non renseignée)");
        String path = "/api/v1/conventions/" + convention + "/indicators/"
                + evolution.get("id").asString();
        Api.Response minus = caf().put(
                        path + "/values/2024",
                        "{\"version\":%d,\"value\":\"−12 %%\"}"
                                .formatted(evolution.get("version").asInt()));
        assertThat(minus.status()).as(minus.body()).isEqualTo(200);
        assertThat(year(minus.json(), 2024).get("value").decimalValue()).isEqualByComparingTo("-12");
        assertThat(year(minus.json(), 2024).get("valueText").asString()).isEqualTo("−12\u00a0%");
        assertThat(jdbc.sql(
                                "SELECT summary FROM platform.audit_event WHERE entity_id = :id AND action = 'value-recorded'")
                        .param("id", evolution.get("id").asString())
                        .query(String.class)
                        .single())
                .contains("-12");

        JsonNode gap = create(convention, """
                {"name":"Écart de taux de couverture","unit":"POINTS","direction":"HIGHER_IS_BETTER","source":"Caf"}""");
        assertThat(gap.get("signed").asBoolean()).as("points are always signed").isTrue();
        Api.Response plus = caf().put(
                        "/api/v1/conventions/" + convention + "/indicators/"
                                + gap.get("id").asString() + "/values/2025",
                        "{\"version\":%d,\"value\":\"+3 points\"}"
                                .formatted(gap.get("version").asInt()));
        assertThat(plus.status()).as(plus.body()).isEqualTo(200);
        assertThat(year(plus.json(), 2025).get("valueText").asString()).isEqualTo("+3\u00a0points");

        JsonNode own = create(convention, """
                {"name":"Familles accompagnées","unit":"OTHER","customUnit":"familles","direction":"HIGHER_IS_BETTER",
                 "baselineValue":"40","baselineYear":"2022"}""");
        assertThat(own.get("customUnit").asString()).isEqualTo("familles");
        assertThat(own.get("baselineText").asString()).isEqualTo("40\u00a0familles (2022)");

        String page = fr.pilotectg.platform.PageSession.signIn(port, "caf-nord", "demo")
                .get("/conventions/" + convention + "/evaluation")
                .body();
        assertThat(page).contains("−12\u00a0%", "+3\u00a0points", "année non renseignée", "familles");
        assertThat(page).doesNotContain("(null)", "??evaluation");
    }

    @Test
    void impossibleValuesAreStillRefused() {
        String convention = Fixtures.of(port, jdbc).signedConvention(Fixtures.unique("CTG valeurs impossibles"));
        JsonNode count = create(convention, """
                {"name":"Places créées","unit":"PLACES","direction":"HIGHER_IS_BETTER"}""");
        Api.Response negative = caf().put(
                        "/api/v1/conventions/" + convention + "/indicators/"
                                + count.get("id").asString() + "/values/2024",
                        "{\"version\":%d,\"value\":\"-4\"}"
                                .formatted(count.get("version").asInt()));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("fields").findValuesAsString("code")).containsExactly("EVALUATION_NEGATIVE");
        assertThat(negative.body()).contains("ne peut pas être négative");

        Api.Response noUnit = caf().post("/api/v1/conventions/" + convention + "/indicators", """
                {"name":"Sans unité","unit":"OTHER","direction":"HIGHER_IS_BETTER"}""");
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().get("fields").findValuesAsString("code"))
                .containsExactly("EVALUATION_CUSTOM_UNIT_REQUIRED");
    }
}
