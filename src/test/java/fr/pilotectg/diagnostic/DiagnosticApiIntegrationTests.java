package fr.pilotectg.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The diagnostic and the schéma through the API on PostgreSQL: the Armentières figures from the seed, figures entered
 * with their source, bad input, concurrent edits, access, audit, and the Concorde extension realised into the register.
 */
@IntegrationTest
class DiagnosticApiIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    /** A draft convention of its own for Armentières (59017). */
    private String ownConvention(String title) {
        return fixtures().draftIn(Fixtures.unique(title), "59017");
    }

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private int version(String convention) {
        return caf().get("/api/v1/conventions/" + convention + "/diagnostic")
                .json()
                .get("version")
                .asInt();
    }

    private static String figure(int version, String scope, String kind, String value, Object year, String source) {
        return """
                {"version":%d,"scope":"%s","kind":"%s","value":%s,"year":%s,"source":%s}""".formatted(version, scope, kind, value, year, source == null ? "null" : "\"" + source + "\"");
    }

    private static String firstFieldCode(Api.Response response) {
        return response.json().get("fields").get(0).get("code").asString();
    }

    @Test
    void armentieresShowsTheShareOfThePopulationCoveredByTheCafWithItsSource() {
        Api.Response response = caf().get("/api/v1/conventions/" + ARMENTIERES + "/diagnostic");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode caf = response.json().get("caf");
        assertThat(caf.get("coveredShare").decimalValue()).isEqualByComparingTo("68.4");
        assertThat(caf.get("allocataires").get("value").asInt()).isEqualTo(7410);
        assertThat(caf.get("personnesCouvertes").get("value").asInt()).isEqualTo(17009);
        assertThat(caf.get("population").asInt()).isEqualTo(24882);
        assertThat(caf.get("personnesCouvertes").get("source").asString())
                .contains("CTG Armentières 2023-2026", "article 2");
        assertThat(caf.get("personnesCouvertes").get("year").asInt()).isEqualTo(2023);
        assertThat(caf.get("personnesCouvertes").get("origin").asString()).isEqualTo("ENTERED");

        JsonNode territory = response.json().get("territory");
        assertThat(territory.get("population").asInt()).isEqualTo(26998);
        assertThat(territory.get("populationMillesime").asString()).isNotBlank();
        assertThat(territory.get("epcis").findValuesAsString("name")).contains("Métropole Européenne de Lille");
        assertThat(territory.get("departements").findValuesAsString("name")).contains("Nord");
        assertThat(territory.get("qpvs").size()).isEqualTo(2);
        assertThat(territory.get("communes").get(0).get("medianIncome").asInt()).isEqualTo(18920);
    }

    @Test
    void theLilleDiagnosticHasItsMilestonesAndEquipmentAndTheSchemaItsRows() {
        JsonNode llh = caf().get("/api/v1/conventions/" + LLH + "/diagnostic").json();
        assertThat(llh.get("milestones").findValuesAsString("dueOn")).contains("2022-12-31", "2024-12-31");
        assertThat(llh.get("territory").get("qpvs").size()).isEqualTo(5);
        assertThat(llh.get("equipmentByType").findValuesAsString("type")).contains("EAJE_MULTI_ACCUEIL", "LAEP");

        JsonNode schema = caf().get("/api/v1/conventions/" + LLH + "/schema").json();
        JsonNode actions = schema.get("actions");
        assertThat(actions.size()).isEqualTo(35);
        assertThat(actions.findValuesAsString("title"))
                .contains(
                        "MAC Les Oisillons",
                        "MAC Concorde",
                        "Popelines",
                        "Extension crèche Amicloterie",
                        "ECOLE MONTESSORI",
                        "Extension Mac Farandole",
                        "Maison des Parents Wazemmes");
        JsonNode amicloterie = action(actions, "Extension crèche Amicloterie");
        assertThat(amicloterie.get("data").get("steps").get("OPENING").asString())
                .isEqualTo("2023");
        assertThat(amicloterie.get("data").get("steps").get("WORKS_START").asString())
                .isEqualTo("2022");
        assertThat(amicloterie.get("equipmentName")).isNotNull();
        JsonNode oisillons = action(actions, "MAC Les Oisillons");
        assertThat(oisillons.get("data").get("capacityBefore").asInt()).isEqualTo(25);
        assertThat(oisillons.get("data").get("capacityAfter").asInt()).isEqualTo(39);
        assertThat(oisillons.get("data").get("plannedStart").asString()).isEqualTo("2021");
        assertThat(action(actions, "ECOLE MONTESSORI")
                        .get("data")
                        .get("capacityUndefined")
                        .asBoolean())
                .isTrue();
        assertThat(action(actions, "ECOLE MONTESSORI")
                        .get("data")
                        .get("plannedStart")
                        .asString())
                .isEqualTo("SEPTEMBRE 2021");
        assertThat(action(actions, "Popelines").get("status").asString()).isEqualTo("REALISED");
    }

    private static JsonNode action(JsonNode actions, String title) {
        for (JsonNode a : actions) if (a.get("data").get("title").asString().equals(title)) return a;
        throw new AssertionError("no action " + title);
    }

    @Test
    void realisingAnExtensionMovesTheRegisterTo70PlacesAndTheCoverageRate() {
        String conv = fixtures().draftIn(Fixtures.unique("CTG essai extension"), Fixtures.FREE_COMMUNE);
        Api.Response children = caf().put(
                        "/api/v1/conventions/" + conv + "/diagnostic/figures",
                        figure(version(conv), "TERRITORY", "CHILDREN_UNDER_3", "10000", 2024, "Saisie de test (API)"));
        assertThat(children.status()).as(children.body()).isEqualTo(200);
        String equipmentId = fixtures()
                .equipment(Fixtures.unique("MAC essai extension"), Fixtures.FREE_COMMUNE, 50)
                .get("id")
                .asString();
        Api.Response row = caf().post("/api/v1/conventions/" + conv + "/schema/actions", """
                {"data":{"communeCode":"%s","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"DEVELOPPEMENT","title":"Extension de test",
                 "capacityBefore":50,"capacityAdded":20,"capacityAfter":70,"equipmentType":"EAJE_MULTI_ACCUEIL","equipmentId":"%s"}}""".formatted(
                        Fixtures.FREE_COMMUNE, equipmentId));
        assertThat(row.status()).as(row.body()).isEqualTo(201);
        JsonNode before = caf().get("/api/v1/conventions/" + conv + "/schema").json();
        JsonNode extension = action(before.get("actions"), "Extension de test");
        assertThat(extension.get("data").get("equipmentId").asString()).isEqualTo(equipmentId);
        assertThat(caf().get("/api/v1/equipments/" + equipmentId)
                        .json()
                        .get("currentCapacity")
                        .get("value")
                        .asInt())
                .isEqualTo(50);
        double coverageBefore = before.get("coverageNow").asDouble();

        Api.Response realised = caf().post(
                        "/api/v1/conventions/" + conv + "/schema/actions/"
                                + extension.get("id").asString() + "/realisation",
                        "{\"version\":%d,\"realisedOn\":\"%s\"}"
                                .formatted(extension.get("version").asInt(), clock.today()));
        assertThat(realised.status()).as(realised.body()).isEqualTo(200);
        assertThat(realised.json().get("capacityRecorded").get("value").asInt()).isEqualTo(70);
        assertThat(realised.json().get("action").get("status").asString()).isEqualTo("REALISED");
        assertThat(caf().get("/api/v1/equipments/" + equipmentId)
                        .json()
                        .get("currentCapacity")
                        .get("value")
                        .asInt())
                .isEqualTo(70);
        assertThat(realised.json().get("coverageNow").asDouble())
                .isEqualTo(coverageBefore + 0.2, org.assertj.core.data.Offset.offset(0.051));
        JsonNode after =
                caf().get("/api/v1/conventions/" + conv + "/diagnostic").json();
        assertThat(after.get("childcare").get("coverageRate").asDouble())
                .isEqualTo(realised.json().get("coverageNow").asDouble());

        // The evaluation reads the same figures: "places créées" counts the realised extension and the
        // register-based coverage indicator is the diagnostic's rate for the year of the children figure.
        Api.Response added = caf().post("/api/v1/conventions/" + conv + "/indicators", "{\"code\":\"I06C\"}");
        assertThat(added.status()).as(added.body()).isIn(200, 201);
        JsonNode evaluation =
                caf().get("/api/v1/conventions/" + conv + "/indicators").json();
        JsonNode coverage = null;
        for (JsonNode indicator : evaluation.get("indicators")) {
            if ("I06C".equals(indicator.get("code").asString())) coverage = indicator;
        }
        assertThat(coverage).isNotNull();
        assertThat(coverage.get("computed").asBoolean()).isTrue();
        JsonNode year2024 = null;
        for (JsonNode y : coverage.get("years")) if (y.get("year").asInt() == 2024) year2024 = y;
        assertThat(year2024).isNotNull();
        assertThat(year2024.get("value").decimalValue())
                .isEqualByComparingTo(after.get("childcare").get("coverageRate").decimalValue());

        Api.Response twice = caf().post(
                        "/api/v1/conventions/" + conv + "/schema/actions/"
                                + extension.get("id").asString() + "/realisation",
                        "{\"version\":%d,\"realisedOn\":\"%s\"}"
                                .formatted(
                                        realised.json()
                                                .get("action")
                                                .get("version")
                                                .asInt(),
                                        clock.today()));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.code()).isEqualTo("SCHEMA_ALREADY_REALISED");
        assertThat(caf().get("/api/v1/audit?entityType=schema-action&entityId="
                                + extension.get("id").asString())
                        .body())
                .contains("realised");
    }

    @Test
    void aFigureIsRecordedUpdatedAndAudited() {
        String conv = ownConvention("CTG essai chiffres");
        Api.Response created = caf().put(
                        "/api/v1/conventions/" + conv + "/diagnostic/figures",
                        figure(
                                version(conv),
                                "DEPARTEMENT",
                                "CAF_COVERED_SHARE",
                                "55.2",
                                2023,
                                "Caf du Nord, test d’intégration"));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode share = created.json().get("comparisons").get(1);
        assertThat(share.get("departement").get("value").decimalValue()).isEqualByComparingTo("55.2");
        assertThat(share.get("departement").get("entered").asBoolean()).isTrue();
        Api.Response updated = caf().put(
                        "/api/v1/conventions/" + conv + "/diagnostic/figures",
                        figure(
                                created.json().get("version").asInt(),
                                "DEPARTEMENT",
                                "CAF_COVERED_SHARE",
                                "56.1",
                                2024,
                                "Caf du Nord, test d’intégration"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json()
                        .get("comparisons")
                        .get(1)
                        .get("departement")
                        .get("year")
                        .asInt())
                .isEqualTo(2024);
        assertThat(caf().get("/api/v1/audit?entityType=diagnostic&entityId=" + conv)
                        .body())
                .contains("figure-recorded");

        Api.Response removed = caf().delete(
                        "/api/v1/conventions/" + conv + "/diagnostic/figures/DEPARTEMENT/CAF_COVERED_SHARE?version="
                                + updated.json().get("version").asInt());
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json()
                        .get("comparisons")
                        .get(1)
                        .get("departement")
                        .path("entered")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void badFiguresAreRefusedWithOneStableCodePerField() {
        String path = "/api/v1/conventions/" + ARMENTIERES + "/diagnostic/figures";
        int v = version(ARMENTIERES);
        Api.Response negative = caf().put(path, figure(v, "TERRITORY", "CHILDREN_UNDER_3", "-5", 2023, "Test"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(firstFieldCode(negative)).isEqualTo("FIGURE_NEGATIVE");
        assertThat(negative.json().get("fields").get(0).get("message").asString())
                .contains("négative");

        Api.Response noSource = caf().put(path, figure(v, "TERRITORY", "CHILDREN_UNDER_3", "900", 2023, null));
        assertThat(firstFieldCode(noSource)).isEqualTo("FIGURE_SOURCE_REQUIRED");
        Api.Response noYear = caf().put(path, figure(v, "TERRITORY", "CHILDREN_UNDER_3", "900", null, "Test"));
        assertThat(firstFieldCode(noYear)).isEqualTo("FIGURE_YEAR_REQUIRED");
        Api.Response notANumber =
                caf().put(path, figure(v, "TERRITORY", "CHILDREN_UNDER_3", "\"beaucoup\"", 2023, "Test"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(firstFieldCode(notANumber)).isEqualTo("INVALID_FIELD_TYPE");
        Api.Response notWhole = caf().put(path, figure(v, "TERRITORY", "ALLOCATAIRES", "12.5", 2023, "Test"));
        assertThat(firstFieldCode(notWhole)).isEqualTo("FIGURE_NOT_WHOLE");
        Api.Response overHundred =
                caf().put(path, figure(v, "TERRITORY", "PERSONNES_COUVERTES", "30000", 2023, "Test"));
        assertThat(overHundred.status()).isEqualTo(400);
        assertThat(firstFieldCode(overHundred)).isEqualTo("FIGURE_SHARE_OVER_100");
        Api.Response shareOverHundred = caf().put(path, figure(v, "EPCI", "CAF_COVERED_SHARE", "120", 2023, "Test"));
        assertThat(firstFieldCode(shareOverHundred)).isEqualTo("FIGURE_SHARE_OVER_100");
        assertThat(caf().get("/api/v1/conventions/" + ARMENTIERES + "/diagnostic")
                        .json()
                        .get("caf")
                        .get("coveredShare")
                        .decimalValue())
                .isEqualByComparingTo("68.4");
        assertThat(version(ARMENTIERES)).isEqualTo(v);
    }

    @Test
    void aStaleVersionGets409AndNothingIsLost() {
        String conv = ownConvention("CTG essai analyse");
        String path = "/api/v1/conventions/" + conv + "/diagnostic/analyses/CONTEXT";
        // A new convention's diagnostic is stored on its first change (and its version then stays 0: a stale version
        // is told apart only from the second change on).
        assertThat(caf().put(path, """
                {"version":%d,"status":"IN_PROGRESS","text":"Brouillon","dataSources":[]}""".formatted(version(conv))).status()).isEqualTo(200);
        int v = version(conv);
        Api.Response first = caf().put(path, """
                {"version":%d,"status":"IN_PROGRESS","text":"Première version","dataSources":["INSEE"]}""".formatted(v));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response second = caf().put(path, """
                {"version":%d,"status":"DONE","text":"Écrase","dataSources":["INSEE"]}""".formatted(v));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("CONCURRENT_MODIFICATION");
        JsonNode context = caf().get("/api/v1/conventions/" + conv + "/diagnostic")
                .json()
                .get("analyses")
                .get(0);
        assertThat(context.get("text").asString()).isEqualTo("Première version");

        Api.Response doneWithoutText = caf().put(path, """
                {"version":%d,"status":"DONE","text":"","dataSources":[]}""".formatted(version(conv)));
        assertThat(doneWithoutText.json().get("fields").findValuesAsString("code"))
                .contains("ANALYSIS_TEXT_REQUIRED", "ANALYSIS_SOURCES_REQUIRED");
    }

    @Test
    void schemaRowsAreCheckedAndVersioned() {
        String path = "/api/v1/conventions/" + ownConvention("CTG essai schéma") + "/schema/actions";
        Api.Response unknownCommune = caf().post(path, """
                {"data":{"communeCode":"99999","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"CREATION","title":"Crèche"}}""");
        assertThat(unknownCommune.status()).isEqualTo(400);
        assertThat(firstFieldCode(unknownCommune)).isEqualTo("SCHEMA_COMMUNE_UNKNOWN");
        Api.Response negative = caf().post(path, """
                {"data":{"communeCode":"59017","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"CREATION","title":"Crèche","capacityAfter":-3}}""");
        assertThat(firstFieldCode(negative)).isEqualTo("SCHEMA_CAPACITY_NEGATIVE");
        Api.Response mismatch = caf().post(path, """
                {"data":{"communeCode":"59017","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"DEVELOPPEMENT","title":"Crèche",
                 "capacityBefore":10,"capacityAdded":5,"capacityAfter":20}}""");
        assertThat(firstFieldCode(mismatch)).isEqualTo("SCHEMA_CAPACITY_MISMATCH");

        Api.Response created = caf().post(path, """
                {"data":{"communeCode":"59017","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"CREATION","title":"Micro-crèche test API",
                 "capacityAfter":10,"equipmentType":"MICRO_CRECHE_PSU","plannedStart":"SEPTEMBRE 2025","steps":{"OPENING":"2025"}}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String revise = """
                {"version":%d,"data":{"communeCode":"59017","thematic":"PETITE_ENFANCE_PARENTALITE","nature":"CREATION",
                 "title":"Micro-crèche test API","capacityAfter":12,"plannedStart":"A voir"}}""";
        Api.Response revised = caf().put(path + "/" + id, revise.formatted(0));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("data").get("capacityAfter").asInt()).isEqualTo(12);
        assertThat(caf().put(path + "/" + id, revise.formatted(0)).status()).isEqualTo(409);
        Api.Response future = caf().post(
                        path + "/" + id + "/realisation",
                        "{\"version\":1,\"realisedOn\":\"%s\"}"
                                .formatted(clock.today().plusDays(3)));
        assertThat(firstFieldCode(future)).isEqualTo("DATE_IN_FUTURE");
        assertThat(caf().get("/api/v1/audit?entityType=schema-action&entityId=" + id)
                        .body())
                .contains("created", "updated");
    }

    @Test
    void aSchemaRowIsAbandonedOnlyWithAReasonWhichIsAudited() {
        String path = "/api/v1/conventions/" + ownConvention("CTG essai schéma") + "/schema/actions";
        Api.Response created = caf().post(path, """
                {"data":{"communeCode":"59017","thematic":"ENFANCE_JEUNESSE","nature":"CREATION","title":"ALSH test abandon API"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response inProgress = caf().put(path + "/" + id + "/status", """
                {"version":0,"status":"IN_PROGRESS"}""");
        assertThat(inProgress.status()).as(inProgress.body()).isEqualTo(200);
        assertThat(inProgress.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        Api.Response noReason = caf().put(path + "/" + id + "/status", """
                {"version":1,"status":"ABANDONED","reason":"  "}""");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(firstFieldCode(noReason)).isEqualTo("SCHEMA_ABANDON_REASON_REQUIRED");
        assertThat(noReason.json().get("fields").get(0).get("message").asString())
                .isEqualTo("Indiquez le motif de l’abandon.");
        Api.Response abandoned = caf().put(path + "/" + id + "/status", """
                {"version":1,"status":"ABANDONED","reason":"Local non disponible"}""");
        assertThat(abandoned.status()).as(abandoned.body()).isEqualTo(200);
        assertThat(abandoned.json().get("status").asString()).isEqualTo("ABANDONED");
        assertThat(abandoned.json().get("statusReason").asString()).isEqualTo("Local non disponible");
        assertThat(caf().put(path + "/" + id + "/status", """
                {"version":1,"status":"PLANNED"}""").status()).isEqualTo(409);
        assertThat(caf().get("/api/v1/audit?entityType=schema-action&entityId=" + id)
                        .body())
                .contains("status-changed", "Local non disponible");
    }

    @Test
    void theDiagnosticFollowsTheConventionsFootprint() {
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions/" + LLH + "/diagnostic")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions/" + LLH + "/schema")
                        .status())
                .isEqualTo(404);
        Api.Response lensWrites = Api.as(port, "lens", "demo")
                .put(
                        "/api/v1/conventions/" + LLH + "/diagnostic/figures",
                        figure(0, "TERRITORY", "CHILDREN_UNDER_3", "10", 2023, "Test"));
        assertThat(lensWrites.status()).isEqualTo(404);
        assertThat(lensWrites.code()).isEqualTo("CONVENTION_NOT_FOUND");

        Api.Response readerReads = Api.as(port, "lecteur", "demo").get("/api/v1/conventions/" + LLH + "/diagnostic");
        assertThat(readerReads.status()).as(readerReads.body()).isEqualTo(200);
        assertThat(readerReads.json().get("canEdit").asBoolean()).isFalse();
        Api.Response readerWrites = Api.as(port, "lecteur", "demo")
                .put(
                        "/api/v1/conventions/" + LLH + "/diagnostic/figures",
                        figure(version(LLH), "TERRITORY", "CHILDREN_UNDER_3", "10", 2023, "Test"));
        assertThat(readerWrites.status()).isEqualTo(403);
        assertThat(readerWrites.code()).isEqualTo("ACCESS_DENIED");
        assertThat(Api.anonymous(port)
                        .get("/api/v1/conventions/" + LLH + "/diagnostic")
                        .status())
                .isEqualTo(401);
    }
}
