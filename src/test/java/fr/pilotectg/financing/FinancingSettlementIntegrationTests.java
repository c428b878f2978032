package fr.pilotectg.financing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.financing.FinancingTestData.TestCaf;
import fr.pilotectg.platform.PageSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A Caf's own parameter values (from a date, with a reason, history kept, periods never overlapping) and the Caf's
 * notified and paid lines (frozen amounts, the difference shown after a change), through the API and the pages on
 * PostgreSQL. Each test builds its own Caf, so that its values never reach another test's computations.
 */
@IntegrationTest
class FinancingSettlementIntegrationTests {

    static final String FINANCING = "/api/v1/conventions/%s/financing";
    static final String PARAMETERS = "/api/v1/financing/cafs/%s/parameters";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    FinancingTestData data() {
        return new FinancingTestData(port, jdbc);
    }

    Api admin() {
        return Api.as(port, "admin", "demo");
    }

    TestCaf newCaf() {
        return data().newCaf();
    }

    String[] user(UUID organisation, String role) {
        return data().user(organisation, role);
    }

    String conventionWithOisillons(TestCaf caf) {
        return data().conventionWithOisillons(caf);
    }

    static JsonNode line(JsonNode report, String kind, int year) {
        for (JsonNode l : report.get("structures").get(0).get("lines")) {
            if (l.get("kind").asString().equals(kind) && l.get("year").asInt() == year) return l;
        }
        throw new AssertionError(kind + " " + year + " not in " + report);
    }

    static String amount(JsonNode line) {
        return line.get("amount")
                .get("amount")
                .decimalValue()
                .stripTrailingZeros()
                .toPlainString();
    }

    static String lines(String kind, int year) {
        return "{\"version\":1,\"lines\":[{\"structureId\":\"oisillons\",\"year\":%d,\"kind\":\"%s\"}]}"
                .formatted(year, kind);
    }

    static String override(String code, String from, String value, String reason) {
        return """
                {"code":"%s","validFrom":"%s","value":%s,"reason":%s}""".formatted(
                        code,
                        from,
                        value == null ? "null" : "\"" + value + "\"",
                        reason == null ? "null" : "\"" + reason + "\"");
    }

    @Test
    void aCafValueFromADateChangesLaterYearsOnlyKeepsTheHistoryAndNeverOverlaps() {
        TestCaf caf = newCaf();
        String convention = conventionWithOisillons(caf);
        Api agent = caf.api(port);
        String parameters = PARAMETERS.formatted(caf.id());

        Api.Response set = agent.post(
                parameters,
                override("BT_NEW_PLACE_TRANCHE_1", "2025-01-01", "4000", "Délibération du conseil d’administration"));
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        assertThat(set.json().get("valueText").asString().replaceAll("[\\s\\u00a0\\u202f]", " "))
                .isEqualTo("4 000 € par place et par an");
        assertThat(set.json().get("hypothesis").asBoolean()).isFalse();

        JsonNode report = agent.get(FINANCING.formatted(convention)).json();
        assertThat(amount(line(report, "BT_NEW", 2024))).isEqualTo("50400");
        assertThat(amount(line(report, "BT_NEW", 2025))).isEqualTo("56000");
        assertThat(line(report, "BT_NEW", 2025).get("parameters").findValuesAsString("reason"))
                .contains("Délibération du conseil d’administration");

        Api.Response sameDay =
                agent.post(parameters, override("BT_NEW_PLACE_TRANCHE_1", "2025-01-01", "4100", "Autre motif"));
        assertThat(sameDay.status()).isEqualTo(409);
        assertThat(sameDay.code()).isEqualTo("FINANCING_PARAMETER_OVERLAP");
        assertThat(sameDay.json().get("detail").asString()).contains("01/01/2025");
        Api.Response before =
                agent.post(parameters, override("BT_NEW_PLACE_TRANCHE_1", "2024-06-01", "4100", "Autre motif"));
        assertThat(before.code()).isEqualTo("FINANCING_PARAMETER_OVERLAP");

        Api.Response noReason = agent.post(parameters, override("BT_NEW_PLACE_TRANCHE_1", "2026-01-01", "4200", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").findValuesAsString("code"))
                .containsExactly("FINANCING_OVERRIDE_REASON_REQUIRED");
        for (String[] bad : new String[][] {
            {"BT_NEW_PLACE_TRANCHE_1", "-3"},
            {"PSO_RPE_RATE", "1.5"},
            {"BT_PRORATION_NEW_PLACES", "WEEKLY"},
            {"BT_NEW_PLACE_TRANCHE_1", "quatre mille"}
        }) {
            Api.Response refused = agent.post(parameters, override(bad[0], "2026-01-01", bad[1], "Motif"));
            assertThat(refused.status()).as(bad[1]).isEqualTo(400);
            assertThat(refused.json().get("fields").findValuesAsString("code"))
                    .containsExactly("FINANCING_PARAMETER_VALUE_INVALID");
        }
        Api.Response endBeforeStart = agent.post(parameters, """
                {"code":"BT_NEW_PLACE_TRANCHE_1","validFrom":"2026-01-01","validTo":"2025-01-01","value":"1","reason":"x"}""");
        assertThat(endBeforeStart.json().get("fields").findValuesAsString("code"))
                .containsExactly("FINANCING_PARAMETER_PERIOD_INVALID");

        assertThat(agent.post(parameters, override("BT_NEW_PLACE_TRANCHE_1", "2026-01-01", "4200", "Revalorisation"))
                        .status())
                .isEqualTo(201);
        assertThat(jdbc.sql("""
                        SELECT valid_to FROM financing.parameter
                        WHERE caf_id = :caf AND code = 'BT_NEW_PLACE_TRANCHE_1' AND valid_from = '2025-01-01'""").param("caf", caf.id()).query(LocalDate.class).single())
                .as("the earlier value ends the day before, it is kept")
                .isEqualTo(LocalDate.of(2025, 12, 31));
        report = agent.get(FINANCING.formatted(convention)).json();
        assertThat(amount(line(report, "BT_NEW", 2025))).isEqualTo("56000");
        assertThat(amount(line(report, "BT_NEW", 2026))).isEqualTo("58800");
        JsonNode history = agent.get(parameters).json();
        assertThat(history.findValuesAsString("reason"))
                .contains("Délibération du conseil d’administration", "Revalorisation");

        assertThat(jdbc.sql("""
                        SELECT summary FROM platform.audit_event
                        WHERE entity_type = 'parametre-financement' AND entity_id = :id ORDER BY id LIMIT 1""")
                        .param("id", caf.id() + ":BT_NEW_PLACE_TRANCHE_1")
                        .query(String.class)
                        .single()
                        .replaceAll("[\\s\\u00a0\\u202f]", " "))
                .isEqualTo("Paramètre « Bonus territoire, place nouvelle d’EAJE — tranche 1 (QPV ou ZRR) » de "
                        + caf.name() + " : 4 000 € par place et par an à partir du 01/01/2025");
    }

    @Test
    void anotherCafsParametersAre404AReaderOfTheCafReadsAndCannotChangeThem() {
        TestCaf caf = newCaf();
        String parameters = PARAMETERS.formatted(caf.id());
        String body = override("BT_NEW_PLACE_TRANCHE_1", "2025-01-01", "4000", "Motif");
        for (Api outsider : new Api[] {fixtures().caf(), Api.as(port, "armentieres", "demo")}) {
            assertThat(outsider.get(parameters).status()).isEqualTo(404);
            Api.Response refused = outsider.post(parameters, body);
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("FINANCING_CAF_NOT_FOUND");
        }
        assertThat(admin().get(PARAMETERS.formatted(UUID.randomUUID())).status())
                .isEqualTo(404);
        assertThat(admin().get(PARAMETERS.formatted(fixtures().organisation("Ville de Lens")))
                        .status())
                .as("not a Caf")
                .isEqualTo(404);
        String[] reader = user(caf.id(), "READER");
        Api readerApi = Api.as(port, reader[0], reader[1]);
        assertThat(readerApi.get(parameters).status()).isEqualTo(200);
        assertThat(readerApi.post(parameters, body).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM financing.parameter WHERE caf_id = :caf")
                        .param("caf", caf.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNotifiedLineKeepsItsAmountWhenTheParametersChangeAndShowsTheDifferenceAPaidLineIsFinal() {
        TestCaf caf = newCaf();
        String convention = conventionWithOisillons(caf);
        Api agent = caf.api(port);
        String notify = FINANCING.formatted(convention) + "/lines/notify";
        String pay = FINANCING.formatted(convention) + "/lines/pay";

        Api.Response collectivite = Api.as(port, "armentieres", "demo").post(notify, lines("BT_NEW", 2025));
        assertThat(collectivite.status()).isEqualTo(403);
        assertThat(collectivite.code()).isEqualTo("FINANCING_CAF_ONLY");
        assertThat(Api.as(port, "lens", "demo")
                        .post(notify, lines("BT_NEW", 2025))
                        .status())
                .isEqualTo(404);
        Api.Response stale = agent.post(notify, lines("BT_NEW", 2025).replace("\"version\":1", "\"version\":0"));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response withUnknown = agent.post(notify, """
                {"version":1,"lines":[{"structureId":"oisillons","year":2025,"kind":"BT_NEW"},
                                      {"structureId":"oisillons","year":2024,"kind":"BONUS_MIXITE"}]}""");
        assertThat(withUnknown.status()).isEqualTo(422);
        assertThat(withUnknown.code()).isEqualTo("FINANCING_LINE_UNKNOWN_AMOUNT");
        assertThat(withUnknown.json().get("detail").asString()).contains("Les Oisillons — 2024");
        assertThat(statuses(convention)).as("all or nothing").isZero();
        assertThat(agent.post(notify, lines("BT_NEW", 2030)).code()).isEqualTo("FINANCING_LINE_NOT_FOUND");

        Api.Response notified = agent.post(notify, lines("BT_NEW", 2025));
        assertThat(notified.status()).as(notified.body()).isEqualTo(200);
        assertThat(notified.json().get("count").asInt()).isEqualTo(1);
        JsonNode l = line(agent.get(FINANCING.formatted(convention)).json(), "BT_NEW", 2025);
        assertThat(l.get("status").asString()).isEqualTo("NOTIFIED");
        assertThat(l.get("statusLabel").asString()).isEqualTo("notifié");
        assertThat(l.get("recomputed").isNull()).isTrue();

        assertThat(agent.post(
                                PARAMETERS.formatted(caf.id()),
                                override("BT_NEW_PLACE_TRANCHE_1", "2025-01-01", "4000", "Nouvelle grille"))
                        .status())
                .isEqualTo(201);
        JsonNode report = agent.get(FINANCING.formatted(convention)).json();
        l = line(report, "BT_NEW", 2025);
        assertThat(amount(l)).as("the notified amount stays").isEqualTo("50400");
        assertThat(l.get("recomputed").get("amount").decimalValue()).isEqualByComparingTo("56000");
        assertThat(l.get("difference").get("text").asString()).isEqualTo("+5\u00a0600,00\u00a0€");
        assertThat(amount(line(report, "BT_NEW", 2026)))
                .as("an estimate follows the new value")
                .isEqualTo("56000");

        Api.Response notNotified = agent.post(pay, lines("BT_NEW", 2024));
        assertThat(notNotified.code()).isEqualTo("FINANCING_LINE_NOT_NOTIFIED");
        assertThat(agent.post(pay, lines("BT_NEW", 2025)).status()).isEqualTo(200);
        Api.Response again = agent.post(notify, lines("BT_NEW", 2025));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("FINANCING_LINE_ALREADY_PAID");
        l = line(agent.get(FINANCING.formatted(convention)).json(), "BT_NEW", 2025);
        assertThat(l.get("status").asString()).isEqualTo("PAID");
        assertThat(amount(l)).isEqualTo("50400");

        assertThat(jdbc.sql("""
                        SELECT summary FROM platform.audit_event WHERE entity_type = 'financement' AND entity_id = :id
                        ORDER BY id""").param("id", convention).query(String.class).list())
                .contains("1 ligne de financement notifiée", "1 ligne de financement marquée payée");
    }

    @Test
    void theCafNotifiesALineFromTheFinancingPageAndSetsAValueFromTheParametersPage() {
        TestCaf caf = newCaf();
        String convention = conventionWithOisillons(caf);
        PageSession session = PageSession.signIn(port, caf.agent(), caf.password());
        PageSession.Page page = session.get("/conventions/" + convention + "/financement");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Notifier", "estimé");
        PageSession.Page posted = session.post(
                "/conventions/" + convention + "/financement/lignes",
                Map.of(
                        "version",
                        "1",
                        "action",
                        "notifier",
                        "structureId",
                        "oisillons",
                        "year",
                        "2025",
                        "kind",
                        "BT_NEW"));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(session.get("/conventions/" + convention + "/financement").body())
                .contains("1 ligne notifiée.", "notifié le");
        assertThat(statuses(convention)).isEqualTo(1);

        PageSession.Page refused = session.post(
                "/financement/parametres",
                Map.of(
                        "caf",
                        caf.id().toString(),
                        "code",
                        "BT_PRORATION_NEW_PLACES",
                        "validFrom",
                        "2025-01-01",
                        "value",
                        "sans prorata",
                        "reason",
                        ""));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(session.get("/financement/parametres?caf=" + caf.id()).body())
                .contains("Le motif d’une valeur propre à la Caf est obligatoire.");
        session.post(
                "/financement/parametres",
                Map.of(
                        "caf",
                        caf.id().toString(),
                        "code",
                        "BT_PRORATION_NEW_PLACES",
                        "validFrom",
                        "2025-01-01",
                        "value",
                        "sans prorata",
                        "reason",
                        "Choix du conseil"));
        String parametersPage = session.get("/financement/parametres").body();
        assertThat(parametersPage)
                .contains(caf.name(), "Motif : Choix du conseil", "sans prorata")
                .doesNotContain("MONTHS");
        assertThat(jdbc.sql("SELECT value FROM financing.parameter WHERE caf_id = :caf")
                        .param("caf", caf.id())
                        .query(String.class)
                        .single())
                .isEqualTo("NONE");
        assertThat(PageSession.signIn(port, "caf-nord", "demo")
                        .get("/financement/parametres?caf=" + caf.id())
                        .status())
                .isEqualTo(404);
    }

    long statuses(String convention) {
        return jdbc.sql("SELECT count(*) FROM financing.line_status WHERE convention_id = CAST(:id AS uuid)")
                .param("id", convention)
                .query(Long.class)
                .single();
    }
}
