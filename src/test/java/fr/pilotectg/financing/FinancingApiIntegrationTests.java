package fr.pilotectg.financing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The financing through the API on PostgreSQL: inputs, computed lines, concurrency, bad input, access, audit. */
@IntegrationTest
class FinancingApiIntegrationTests {

    static final String BASE = "/api/v1/conventions/%s/financing";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    String inputs(String supporter, String month) {
        return """
                {"envelope":{"amount":618000,"source":"Délibération"},
                 "territories":[{"key":"ARM","label":"Armentières","cejReferenceTotal":100000,"tranche":3}],
                 "structures":[{"id":"oisillons","name":"Les Oisillons","kind":"EAJE","territory":"ARM",
                   "support":{"organisationId":"%s","organisationName":"Ville d’Armentières","from":"2023-01-01"},
                   "qpv":true,"zrr":false,"existingPlaces":0,
                   "openings":[{"places":14,"year":2023,"month":%s}],
                   "years":[{"year":2023,"averageFeePerHour":0.82}]}]}""".formatted(supporter, month);
    }

    JsonNode line(JsonNode report, String kind, int year) {
        for (JsonNode l : report.get("structures").get(0).get("lines")) {
            if (l.get("kind").asString().equals(kind) && l.get("year").asInt() == year) return l;
        }
        throw new AssertionError(kind + " " + year + " not in " + report);
    }

    @Test
    void lesOisillonsOpenedInSeptemberInAQpvGet16800ThenAFullYearWithTheirExplanation() {
        String id = fixtures().signedConvention(Fixtures.unique("CTG financement"));
        String armentieres = fixtures().organisation("Ville d'Armentières").toString();
        JsonNode empty = caf().get(BASE.formatted(id)).json();
        assertThat(empty.get("version").asInt()).isZero();
        Api.Response put = caf().put(
                        BASE.formatted(id) + "/inputs", "{\"version\":0,\"inputs\":" + inputs(armentieres, "9") + "}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("version").asInt()).isEqualTo(1);

        JsonNode report = caf().get(BASE.formatted(id)).json();
        JsonNode opening = line(report, "BT_NEW", 2023);
        assertThat(opening.get("amount").get("amount").decimalValue()).isEqualByComparingTo("16800");
        assertThat(opening.get("amount").get("text").asString()).isEqualTo("16\u00a0800,00\u00a0€");
        assertThat(opening.get("explanation").asString())
                .contains(
                        "14 places nouvelles",
                        "3\u00a0600,00\u00a0€",
                        "quartier prioritaire",
                        "Prorata : 4 mois sur 12");
        assertThat(opening.get("parameters").findValuesAsString("code")).contains("BT_NEW_PLACE_TRANCHE_1");
        assertThat(line(report, "BT_NEW", 2024).get("amount").get("amount").decimalValue())
                .isEqualByComparingTo("50400");
        // 0,82 €/h on 14 places open in 2023: 800 € a place; the fee of 2024 is not known
        assertThat(line(report, "BONUS_MIXITE", 2023)
                        .get("amount")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("11200");
        JsonNode unknown = line(report, "BONUS_MIXITE", 2024);
        assertThat(unknown.get("amount").get("amount").isNull()).isTrue();
        assertThat(unknown.get("amount").get("text").asString()).isEqualTo("non renseigné");
        assertThat(unknown.get("explanation").asString()).contains("participation moyenne des familles par heure");
        assertThat(report.get("envelope").get("periodLabel").asString()).isEqualTo("période non précisée");
        assertThat(report.get("envelope").get("periodStated").asBoolean()).isFalse();
        assertThat(report.get("total").get("unknownLines").asInt()).isPositive();

        String audit = jdbc.sql(
                        "SELECT summary FROM platform.audit_event WHERE entity_id = :id AND entity_type = 'financement'")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(audit).isEqualTo("Données de financement modifiées (1 structure, 1 territoire)");
    }

    @Test
    void aStaleVersionIs409AndBadInputIsRefusedWholeInFrench() {
        String id = fixtures().signedConvention(Fixtures.unique("CTG financement"));
        String armentieres = fixtures().organisation("Ville d'Armentières").toString();
        assertThat(caf().put(
                                BASE.formatted(id) + "/inputs",
                                "{\"version\":0,\"inputs\":" + inputs(armentieres, "9") + "}")
                        .status())
                .isEqualTo(200);
        Api.Response stale = caf().put(
                        BASE.formatted(id) + "/inputs", "{\"version\":0,\"inputs\":" + inputs(armentieres, "3") + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");

        String bad = inputs(armentieres, "13")
                .replace("\"tranche\":3", "\"tranche\":7")
                .replace("\"existingPlaces\":0", "\"existingPlaces\":-2")
                .replace("\"year\":2023,\"averageFeePerHour\"", "\"year\":2030,\"averageFeePerHour\"");
        Api.Response refused = caf().put(BASE.formatted(id) + "/inputs", "{\"version\":1,\"inputs\":" + bad + "}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsString("code"))
                .contains(
                        "FINANCING_MONTH_INVALID",
                        "FINANCING_TRANCHE_INVALID",
                        "FINANCING_NEGATIVE",
                        "FINANCING_YEAR_OUTSIDE_CONVENTION");
        assertThat(refused.body()).contains("L’année 2030 est hors de la période de la convention (2023–2026).");
        assertThat(caf().get(BASE.formatted(id)).json().get("version").asInt()).isEqualTo(1);

        String stranger = inputs(fixtures().organisation("Ville de Lens").toString(), "9");
        Api.Response notSignatory =
                caf().put(BASE.formatted(id) + "/inputs", "{\"version\":1,\"inputs\":" + stranger + "}");
        assertThat(notSignatory.json().get("fields").findValuesAsString("code"))
                .contains("FINANCING_SUPPORTER_NOT_SIGNATORY");
        Api.Response noVersion =
                caf().put(BASE.formatted(id) + "/inputs", "{\"inputs\":" + inputs(armentieres, "9") + "}");
        assertThat(noVersion.status()).isEqualTo(400);
    }

    @Test
    void outOfReachIs404AndAReaderGets403OnAChange() {
        String armentieresConvention = fixtures().signedConvention(Fixtures.unique("CTG financement"));
        Api lens = Api.as(port, "lens", "demo");
        assertThat(lens.get(BASE.formatted(armentieresConvention)).status()).isEqualTo(404);
        assertThat(lens.put(BASE.formatted(armentieresConvention) + "/inputs", "{\"version\":0,\"inputs\":{}}")
                        .status())
                .isEqualTo(404);
        String lille = fixtures().draftIn(Fixtures.unique("CTG financement Lille"), "59350");
        Api lecteur = Api.as(port, "lecteur", "demo");
        assertThat(lecteur.get(BASE.formatted(lille)).status()).isEqualTo(200);
        Api.Response refused = lecteur.put(BASE.formatted(lille) + "/inputs", "{\"version\":0,\"inputs\":{}}");
        assertThat(refused.status()).isEqualTo(403);
    }

    /**
     * The money is the Caf's and the lead collectivité's, like the terms: another signatory (here a commune associée)
     * reads it and gets 403 on a change; a partner signatory gets the same 403 (a row of the authorisation matrix).
     */
    @Test
    void onlyTheCafAndTheLeadCollectiviteChangeTheInputs() {
        String llh = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
        Api lomme = Api.as(port, "lomme", "demo");
        Api.Response read = lomme.get(BASE.formatted(llh));
        assertThat(read.status()).isEqualTo(200);
        int version = read.json().get("version").asInt();
        Api.Response refused =
                lomme.put(BASE.formatted(llh) + "/inputs", "{\"version\":" + version + ",\"inputs\":{}}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("CONVENTION_TERMS_RESERVED");
    }

    @Test
    void theNationalParametersCarryTheirPeriodSourceAndHypothesisFlag() {
        JsonNode parameters = caf().get("/api/v1/financing/parameters").json();
        JsonNode tranche1 = null;
        for (JsonNode p : parameters) {
            if (p.get("code").asString().equals("BT_NEW_PLACE_TRANCHE_1")
                    && p.get("validFrom").asString().equals("2021-01-01")) tranche1 = p;
        }
        assertThat(tranche1).isNotNull();
        assertThat(tranche1.get("valueText").asString()).isEqualTo("3\u00a0600 € par place et par an");
        assertThat(tranche1.get("hypothesis").asBoolean()).isFalse();
        assertThat(tranche1.get("source").asString()).contains("2021-004");
        assertThat(parameters.findValuesAsString("code")).contains("BT_ALSH_NEW_HOUR_AMOUNT", "BONUS_RPE_MISSION");
        assertThat(parameters.toString()).contains("non renseigné");
    }

    @Test
    void theDemoLilleNewPlacesAreComputedWithTheTrancheMarkedHypothesisAndArmentieresHasItsEnvelope() {
        JsonNode llh = caf().get(BASE.formatted("6c1f0f1e-2021-4c71-8a11-0000000000a1"))
                .json();
        JsonNode oisillons = llh.get("structures").get(0);
        assertThat(oisillons.get("name").asString()).isEqualTo("Multi-Accueil Les Oisillons");
        JsonNode full = null;
        JsonNode opening = null;
        for (JsonNode l : oisillons.get("lines")) {
            if (l.get("kind").asString().equals("BT_NEW") && l.get("year").asInt() == 2022) full = l;
            if (l.get("kind").asString().equals("BT_NEW") && l.get("year").asInt() == 2021) opening = l;
        }
        assertThat(full).isNotNull();
        // 14 × 3 600 € in a QPV, else 14 × 3 100 € at the intermediate tranche taken as hypothèse
        assertThat(full.get("amount").get("amount").decimalValue().intValue()).isIn(50_400, 43_400);
        assertThat(full.get("hypothesis").asBoolean()).isTrue();
        assertThat(opening.get("amount").get("amount").isNull()).isTrue();
        assertThat(opening.get("missing").findValuesAsString("")).isEmpty();
        assertThat(opening.get("missing").toString()).contains("openingMonth");

        JsonNode armentieres = caf().get(BASE.formatted("6c1f0f1e-2023-4c71-8a11-0000000000a2"))
                .json();
        assertThat(armentieres.get("envelope").get("stated").get("amount").decimalValue())
                .isEqualByComparingTo("618000");
        assertThat(armentieres.get("envelope").get("periodLabel").asString()).isEqualTo("période non précisée");
        JsonNode stated = armentieres.get("statedAmounts").get(0);
        assertThat(stated.get("perInhabitant").get("amount").decimalValue()).isEqualByComparingTo("57.41");
        assertThat(stated.get("perAllocataire").get("amount").decimalValue()).isEqualByComparingTo("192.77");
    }
}
