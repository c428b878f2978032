package fr.pilotectg.financing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Financing scenarios through the API on PostgreSQL: « Concorde +20 en 2023 » beside the plan without changing it, bad
 * input refused whole with its codes, discard with the version read, access (reader 403 on a change, outsider 404),
 * comparison of two scenarios, audit in French.
 */
@IntegrationTest
class FinancingScenarioIntegrationTests {

    static final String FINANCING = "/api/v1/conventions/%s/financing";
    static final String SCENARIOS = FINANCING + "/scenarios";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    FinancingTestData data() {
        return new FinancingTestData(port, jdbc);
    }

    /** A draft 2023–2026 of a Caf of its own with Concorde (50 places, in a QPV, no new place planned). */
    record Setup(FinancingTestData.TestCaf caf, String id, Api api) {}

    Setup setup() {
        FinancingTestData data = data();
        FinancingTestData.TestCaf caf = data.newCaf();
        String id = data.conventionWithOisillons(caf);
        Api api = caf.api(port);
        String armentieres = data.fixtures().organisation("Ville d'Armentières").toString();
        String inputs = """
                {"territories":[{"key":"ARM","label":"Armentières","tranche":3}],
                 "structures":[{"id":"concorde","name":"Multi-accueil Concorde","kind":"EAJE","territory":"ARM",
                   "support":{"organisationId":"%s","organisationName":"Ville d’Armentières","from":"2023-01-01"},
                   "qpv":true,"zrr":false,"existingPlaces":50,"openings":[]},
                  {"id":"popelines","name":"Les Popelines","kind":"EAJE","territory":"ARM",
                   "support":{"organisationId":"%s","organisationName":"Ville d’Armentières","from":"2023-01-01"},
                   "qpv":false,"zrr":false,"existingPlaces":60,"openings":[]}]}""".formatted(armentieres, armentieres);
        Api.Response put = api.put(FINANCING.formatted(id) + "/inputs", "{\"version\":1,\"inputs\":" + inputs + "}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        return new Setup(caf, id, api);
    }

    static BigDecimal amount(JsonNode total) {
        return total.get("amount").get("amount").decimalValue();
    }

    static JsonNode row(JsonNode rows, String key) {
        for (JsonNode r : rows) if (r.get("key").asString().equals(key)) return r;
        throw new AssertionError(key + " not in " + rows);
    }

    @Test
    void concordePlus20In2023InAQpvShowsItsDifferenceFromThePlanWithoutChangingIt() {
        Setup s = setup();
        String inputsBefore = storedInputs(s.id());
        JsonNode planBefore = s.api().get(FINANCING.formatted(s.id())).json();

        Api.Response created = s.api().post(SCENARIOS.formatted(s.id()), """
                {"name":"Concorde +20 places en 2023","changes":[
                  {"kind":"ADD_PLACES","structureId":"concorde","places":20,"year":2023,"month":9,"qpv":true}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String scenarioId = created.json().get("id").asString();
        assertThat(created.json().get("version").asInt()).isEqualTo(1);

        JsonNode c = s.api().get(SCENARIOS.formatted(s.id()) + "/" + scenarioId).json();
        // 20 new places in a QPV at 3 600 € a place (tranche 1, national value), opened in September under the
        // proration by months: 4 months of 12 in 2023, then the whole year.
        JsonNode y2023 = row(c.get("years"), "2023");
        assertThat(y2023.get("difference").get("amount").decimalValue()).isEqualByComparingTo("24000");
        assertThat(y2023.get("difference").get("text").asString()).isEqualTo("+24\u00a0000,00\u00a0€");
        for (String y : new String[] {"2024", "2025", "2026"})
            assertThat(row(c.get("years"), y).get("difference").get("amount").decimalValue())
                    .isEqualByComparingTo("72000");
        assertThat(row(c.get("structures"), "concorde")
                        .get("difference")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("240000");
        assertThat(row(c.get("structures"), "popelines").get("changed").asBoolean())
                .isFalse();
        assertThat(c.get("total").get("difference").get("amount").decimalValue())
                .isEqualByComparingTo("240000");
        assertThat(c.get("summary").asString())
                .startsWith("+24\u00a0000,00\u00a0€ en 2023, +72\u00a0000,00\u00a0€ en 2024")
                .endsWith("+240\u00a0000,00\u00a0€ sur la durée de la convention");
        assertThat(c.get("effects").get(0).get("text").asString())
                .isEqualTo("+20 places nouvelles à Multi-accueil Concorde en 09/2023, structure comptée en quartier"
                        + " prioritaire (QPV).");
        JsonNode line = c.get("lines").get(0);
        assertThat(line.get("kind").asString()).isEqualTo("BT_NEW");
        assertThat(line.get("year").asInt()).isEqualTo(2023);
        assertThat(line.get("explanation").get(0).asString())
                .contains("20 places nouvelles", "Prorata : 4 mois sur 12");
        assertThat(c.get("before").isNull()).isTrue();
        assertThat(c.get("beforeLabel").asString()).isEqualTo("Plan actuel");

        // The plan and the stored inputs are the same as before the scenario
        assertThat(storedInputs(s.id())).isEqualTo(inputsBefore);
        JsonNode planAfter = s.api().get(FINANCING.formatted(s.id())).json();
        assertThat(planAfter.get("total")).isEqualTo(planBefore.get("total"));
        assertThat(planAfter.get("version").asInt()).isEqualTo(2);
        assertThat(amount(row(c.get("years"), "2024").get("before")))
                .isEqualByComparingTo(
                        amount(planAfter.get("totalsByYear").get(1).get("total")));

        String audit = jdbc.sql(
                        "SELECT summary FROM platform.audit_event WHERE entity_id = :id AND entity_type = 'scenario-financement'")
                .param("id", scenarioId)
                .query(String.class)
                .single();
        assertThat(audit).isEqualTo("Scénario de financement « Concorde +20 places en 2023 » créé (1 changement)");
    }

    @Test
    void aScenarioFollowsTheLaterCorrectionsOfThePlanAndTwoScenariosCompare() {
        Setup s = setup();
        String capacity =
                s.api().post(SCENARIOS.formatted(s.id()), """
                        {"name":"Popelines 60 → 73 places","changes":[
                          {"kind":"SET_CAPACITY","structureId":"popelines","places":73,"year":2024,"month":1}]}""").json().get("id").asString();
        String tranche =
                s.api().post(SCENARIOS.formatted(s.id()), """
                        {"name":"Tranche 1 et sans prorata","changes":[
                          {"kind":"SET_TRANCHE","territory":"ARM","tranche":1},
                          {"kind":"SET_CAPACITY","structureId":"popelines","places":73,"year":2024,"month":1},
                          {"kind":"SET_PRORATION","proration":"NONE"}]}""").json().get("id").asString();
        JsonNode c = s.api().get(SCENARIOS.formatted(s.id()) + "/" + capacity).json();
        // Popelines is not in a QPV: tranche 3 of the territory, 13 places from January 2024 (12 months of 12)
        assertThat(c.get("effects").get(0).get("text").asString())
                .isEqualTo("Les Popelines : capacité portée de 60 à 73 places en 01/2024, soit 13 places nouvelles.");
        assertThat(row(c.get("years"), "2023").get("changed").asBoolean()).isFalse();
        BigDecimal perYear =
                row(c.get("years"), "2024").get("difference").get("amount").decimalValue();
        assertThat(perYear).isPositive();
        assertThat(row(c.get("years"), "2025").get("difference").get("amount").decimalValue())
                .isEqualByComparingTo(perYear);

        JsonNode both = s.api()
                .get(SCENARIOS.formatted(s.id()) + "/" + capacity + "/compare/" + tranche)
                .json();
        assertThat(both.get("beforeLabel").asString()).isEqualTo("Popelines 60 → 73 places");
        assertThat(both.get("afterLabel").asString()).isEqualTo("Tranche 1 et sans prorata");
        // tranche 1 instead of 3 for the same 13 places: 13 × (3 600 − tranche 3) a year
        assertThat(row(both.get("years"), "2024")
                        .get("difference")
                        .get("amount")
                        .decimalValue())
                .isPositive();

        // The plan is corrected: Popelines gets its 13 places from 2024 in the inputs; the scenario now changes nothing
        String armentieres =
                data().fixtures().organisation("Ville d'Armentières").toString();
        JsonNode plan = s.api().get(FINANCING.formatted(s.id())).json();
        String corrected = """
                {"territories":[{"key":"ARM","label":"Armentières","tranche":3}],
                 "structures":[{"id":"popelines","name":"Les Popelines","kind":"EAJE","territory":"ARM",
                   "support":{"organisationId":"%s","organisationName":"Ville d’Armentières","from":"2023-01-01"},
                   "qpv":false,"zrr":false,"existingPlaces":60,"openings":[{"places":13,"year":2024}]}]}""".formatted(armentieres);
        assertThat(s.api()
                        .put(
                                FINANCING.formatted(s.id()) + "/inputs",
                                "{\"version\":" + plan.get("version").asInt() + ",\"inputs\":" + corrected + "}")
                        .status())
                .isEqualTo(200);
        JsonNode after =
                s.api().get(SCENARIOS.formatted(s.id()) + "/" + capacity).json();
        assertThat(after.get("effects").get(0).get("applied").asBoolean()).isFalse();
        assertThat(after.get("effects").get(0).get("text").asString()).contains("le plan compte déjà 73 places");
        assertThat(after.get("total").get("difference").get("amount").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(after.get("summary").asString()).isEqualTo("Aucun écart avec le plan.");
    }

    @Test
    void badInputIsRefusedWholeWithItsCodesAndNothingIsSaved() {
        Setup s = setup();
        Api.Response refused = s.api().post(SCENARIOS.formatted(s.id()), """
                {"name":"  ","changes":[
                  {"kind":"ADD_PLACES","structureId":"inconnue","places":-3,"year":2030,"month":13},
                  {"kind":"SET_TRANCHE","territory":"XXX","tranche":5},
                  {"kind":"SET_PRORATION","proration":"DAYS"}]}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsString("code"))
                .contains(
                        "FINANCING_SCENARIO_NAME_REQUIRED",
                        "FINANCING_SCENARIO_STRUCTURE_UNKNOWN",
                        "FINANCING_SCENARIO_PLACES_NEGATIVE",
                        "FINANCING_SCENARIO_YEAR_OUTSIDE_CONVENTION",
                        "FINANCING_SCENARIO_MONTH_INVALID",
                        "FINANCING_SCENARIO_TERRITORY_UNKNOWN",
                        "FINANCING_SCENARIO_TRANCHE_INVALID",
                        "FINANCING_SCENARIO_PRORATION_INVALID");
        assertThat(refused.body()).contains("L’année 2030 est hors de la période de la convention (2023–2026).");

        Api.Response tooLong = s.api().post(SCENARIOS.formatted(s.id()), """
                {"name":"%s","changes":[{"kind":"SET_PRORATION","proration":"NONE"}]}""".formatted("n".repeat(201)));
        assertThat(tooLong.json().get("fields").findValuesAsString("code"))
                .containsExactly("FINANCING_SCENARIO_NAME_TOO_LONG");
        Api.Response empty = s.api().post(SCENARIOS.formatted(s.id()), "{\"name\":\"Vide\",\"changes\":[]}");
        assertThat(empty.json().get("fields").findValuesAsString("code"))
                .containsExactly("FINANCING_SCENARIO_CHANGES_REQUIRED");

        String ok = "{\"name\":\"Sans prorata\",\"changes\":[{\"kind\":\"SET_PRORATION\",\"proration\":\"NONE\"}]}";
        assertThat(s.api().post(SCENARIOS.formatted(s.id()), ok).status()).isEqualTo(201);
        Api.Response duplicate = s.api().post(SCENARIOS.formatted(s.id()), ok.replace("Sans", "sans"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("fields").findValuesAsString("code"))
                .containsExactly("FINANCING_SCENARIO_NAME_DUPLICATE");
        assertThat(s.api().get(SCENARIOS.formatted(s.id())).json().get("active"))
                .hasSize(1);
    }

    @Test
    void aDiscardedScenarioIsKeptAndAStaleVersionIs409() {
        Setup s = setup();
        String body = "{\"name\":\"Sans prorata\",\"changes\":[{\"kind\":\"SET_PRORATION\",\"proration\":\"NONE\"}]}";
        String id =
                s.api().post(SCENARIOS.formatted(s.id()), body).json().get("id").asString();
        String discard = SCENARIOS.formatted(s.id()) + "/" + id + "/discard";
        Api.Response stale = s.api().post(discard, "{\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        Api.Response done = s.api().post(discard, "{\"version\":1}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("version").asInt()).isEqualTo(2);
        JsonNode list = s.api().get(SCENARIOS.formatted(s.id())).json();
        assertThat(list.get("active")).isEmpty();
        assertThat(list.get("discarded").get(0).get("discardedText").asString()).startsWith("Écarté le ");
        // its name is free again, and it still compares with the plan
        assertThat(s.api().post(SCENARIOS.formatted(s.id()), body).status()).isEqualTo(201);
        assertThat(s.api().get(SCENARIOS.formatted(s.id()) + "/" + id).status()).isEqualTo(200);
        assertThat(s.api().post(discard, "{\"version\":2}").code()).isEqualTo("FINANCING_SCENARIO_ALREADY_DISCARDED");
    }

    @Test
    void aReaderReadsAndGets403OnAChangeAnOutsiderGets404() {
        Setup s = setup();
        String body = "{\"name\":\"Sans prorata\",\"changes\":[{\"kind\":\"SET_PRORATION\",\"proration\":\"NONE\"}]}";
        String id =
                s.api().post(SCENARIOS.formatted(s.id()), body).json().get("id").asString();
        String[] login = data().user(s.caf().id(), "READER");
        Api reader = Api.as(port, login[0], login[1]);
        JsonNode list = reader.get(SCENARIOS.formatted(s.id())).json();
        assertThat(list.get("active")).hasSize(1);
        assertThat(list.get("canWrite").asBoolean()).isFalse();
        assertThat(reader.get(SCENARIOS.formatted(s.id()) + "/" + id).status()).isEqualTo(200);
        assertThat(reader.post(SCENARIOS.formatted(s.id()), body.replace("Sans", "Autre"))
                        .status())
                .isEqualTo(403);
        assertThat(reader.post(SCENARIOS.formatted(s.id()) + "/" + id + "/discard", "{\"version\":1}")
                        .status())
                .isEqualTo(403);

        Api lens = Api.as(port, "lens", "demo");
        assertThat(lens.get(SCENARIOS.formatted(s.id())).status()).isEqualTo(404);
        assertThat(lens.get(SCENARIOS.formatted(s.id()) + "/" + id).status()).isEqualTo(404);
        assertThat(lens.post(SCENARIOS.formatted(s.id()), body).status()).isEqualTo(404);
        // a scenario of another convention is not found through this one
        Setup other = setup();
        assertThat(other.api().get(SCENARIOS.formatted(other.id()) + "/" + id).status())
                .isEqualTo(404);
    }

    /**
     * The Lille – Lomme – Hellemmes schéma plans Concorde 50 → 70 in 2023 and Les Oisillons 25 → 39 in 2021, which the
     * demo plan already has: those rows change nothing. It plans the Amicloterie 47 → 52 in 2021 where the plan opens the 5
     * places in 2023: the scenario brings them forward, so 2022 gains 5 × 3 100 € and 2024 has the same 5 places on both
     * sides (never 10). The Farandole row (« extension de 2 places », capacity not known) is left out.
     */
    @Test
    void aScenarioGeneratedFromTheSchemaTakesItsRowsAndCountsNoPlaceTwice() {
        String llh = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
        Api caf = Api.as(port, "caf-nord", "demo");
        String name = fr.pilotectg.Fixtures.unique("Schéma");
        Api.Response generated = caf.post(SCENARIOS.formatted(llh) + "/from-schema", "{\"name\":\"" + name + "\"}");
        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        JsonNode scenario = generated.json().get("scenario");
        assertThat(scenario.get("origin").asString()).isEqualTo("SCHEMA");
        assertThat(scenario.get("changes").findValuesAsString("kind")).contains("SET_CAPACITY");
        assertThat(scenario.get("changes").findValuesAsString("note")).contains("Ligne du schéma « MAC Concorde »");
        JsonNode c = caf.get(SCENARIOS.formatted(llh) + "/" + scenario.get("id").asString())
                .json();
        assertThat(c.get("effects").findValuesAsString("text"))
                .contains(
                        "Multi-accueil Concorde : le plan compte déjà 70 places en 2023 (70 demandées) — sans effet.");
        assertThat(c.get("effects").findValuesAsString("text"))
                .contains("Multi-Accueil Les Oisillons : le plan compte déjà 39 places en 2021 (39 demandées) — sans"
                        + " effet.")
                .contains(
                        "Crèche municipale de l’Amicloterie : capacité portée de 47 à 52 places en 2021, soit 5 places"
                                + " nouvelles, dont 5 que le plan ouvrait plus tard et que le scénario avance.");
        assertThat(generated.json().get("skippedRows").asInt()).isPositive();
        assertThat(row(c.get("years"), "2022").get("difference").get("amount").decimalValue())
                .isEqualByComparingTo("15500");
        for (JsonNode line : c.get("lines"))
            assertThat(line.get("year").asInt() == 2024
                            && line.get("kind").asString().equals("BT_NEW"))
                    .as(line.toString())
                    .isFalse();

        Api lomme = Api.as(port, "lecteur", "demo");
        assertThat(lomme.post(SCENARIOS.formatted(llh) + "/from-schema", "{}").status())
                .isEqualTo(403);
    }

    private String storedInputs(String conventionId) {
        return jdbc.sql(
                        "SELECT data::text || '/' || version FROM financing.inputs WHERE convention_id = CAST(:id AS uuid)")
                .param("id", conventionId)
                .query(String.class)
                .single();
    }
}
