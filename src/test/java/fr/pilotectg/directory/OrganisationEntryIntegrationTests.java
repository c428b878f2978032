package fr.pilotectg.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Entering the organisations of a territory fast (issue 12, point 8): the type-ahead on the reference data and the
 * organisations, a Caf agent creating the organisations of its territory prefilled from the reference data (and
 * refused elsewhere), all the communes of an EPCI in one step, a new Caf with its first agent, and an organisation
 * attached to an EPCI in the reach of the Caf of its communes. Each test uses its own communes and EPCI.
 */
@IntegrationTest
class OrganisationEntryIntegrationTests {

    /** CC du Pays Solesmois (15 communes, all in the Nord). */
    static final String SOLESMOIS = "245901038";
    /** CC Flandre Lys: 4 communes in the Nord, 4 in the Pas-de-Calais. */
    static final String FLANDRE_LYS = "245900758";
    /** CA Coeur d'Ostrevent (Nord), with Écaillon. */
    static final String OSTREVENT = "245901152";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api as(String user) {
        return Api.as(port, user, "demo");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<String> names(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsString("name");
    }

    @Test
    void communesAreFoundByNameWithoutAccentsOrHyphensAndByCode() {
        assertThat(names(as("caf-nord").get("/api/v1/communes/suggestions?q=ecaillon")))
                .first()
                .isEqualTo("Écaillon");
        assertThat(names(as("lecteur").get("/api/v1/communes/suggestions?q=" + q("saint amand"))))
                .contains("Saint-Amand-les-Eaux");
        assertThat(names(as("lens").get("/api/v1/communes/suggestions?q=armenti")))
                .first()
                .isEqualTo("Armentières");
        assertThat(names(as("lens").get("/api/v1/communes/suggestions?q=59017")))
                .containsExactly("Armentières");
        assertThat(names(as("lens").get("/api/v1/communes/suggestions?q=" + q("amand eaux"))))
                .contains("Saint-Amand-les-Eaux");
        assertThat(names(as("lens").get("/api/v1/communes/suggestions?q=saint&limit=3")))
                .hasSize(3);
    }

    @Test
    void suggestionsOfEqualRankFollowTheFrenchOrder() {
        List<String> ecaillon = names(as("lens").get("/api/v1/communes/suggestions?q=ecaillon&limit=20"));
        // « Écaillon » is the exact name; the others only contain it, in French order (accents are secondary).
        assertThat(ecaillon.subList(1, ecaillon.size()))
                .containsExactly("Monchaux-sur-Écaillon", "Saint-Martin-sur-Écaillon", "Vendegies-sur-Écaillon");
    }

    @Test
    void epciAndOrganisationsAreFoundByNameAndOrganisationsOnlyInReach() {
        assertThat(names(as("lens").get("/api/v1/epcis/suggestions?q=solesmois")))
                .containsExactly("CC du Pays Solesmois");
        assertThat(names(as("lens").get("/api/v1/epcis/suggestions?q=" + SOLESMOIS)))
                .containsExactly("CC du Pays Solesmois");
        assertThat(names(as("caf-nord").get("/api/v1/organisations/suggestions?q=armentieres")))
                .contains("Ville d'Armentières");
        assertThat(names(as("lens").get("/api/v1/organisations/suggestions?q=armentieres")))
                .isEmpty();
    }

    @Test
    void aBadLookupIsRefusedAsProblemJson() {
        Api.Response blank = as("lens").get("/api/v1/communes/suggestions?q=");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).contains("application/problem+json");
        assertThat(blank.body()).contains("\"q\"");
        Api.Response tooLong = as("lens").get("/api/v1/epcis/suggestions?q=" + "a".repeat(81));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("TEXT_TOO_LONG");
        Api.Response limit = as("lens").get("/api/v1/organisations/suggestions?q=lille&limit=500");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.body()).contains("NUMBER_OUT_OF_RANGE");
        assertThat(as("lens").get("/api/v1/organisations/prefill").status()).isEqualTo(400);
        assertThat(as("lens").get("/api/v1/organisations/prefill?commune=00000").status())
                .isEqualTo(404);
    }

    @Test
    void theReferenceDataPrefillsANameWithItsArticleAndTheCodes() {
        JsonNode armentieres = as("caf-nord")
                .get("/api/v1/organisations/prefill?commune=59017")
                .json();
        assertThat(armentieres.at("/data/name").asString()).isEqualTo("Commune d'Armentières");
        assertThat(armentieres.at("/data/kind").asString()).isEqualTo("COMMUNE");
        assertThat(armentieres.at("/data/siren").asString()).isEqualTo("215900176");
        assertThat(armentieres.at("/departementCode").asString()).isEqualTo("59");
        assertThat(armentieres.get("existing").findValuesAsString("name"))
                .contains("Ville d'Armentières"); // other tests add their own
        assertThat(as("caf-nord")
                        .get("/api/v1/organisations/prefill?commune=59350")
                        .json()
                        .at("/data/name")
                        .asString())
                .isEqualTo("Commune de Lille");
        assertThat(as("caf-nord")
                        .get("/api/v1/organisations/prefill?epci=" + SOLESMOIS)
                        .json()
                        .at("/data/name")
                        .asString())
                .isEqualTo("Communauté de communes du Pays Solesmois");
    }

    @Test
    void aCafAgentCreatesACommuneOfItsTerritoryOnceAndNotElsewhere() {
        String body = """
                {"kind":"COMMUNE","name":"Commune d'Écaillon","siren":"215901851","communes":["59185"]}""";
        Api.Response outside = as("caf-pas-de-calais").post("/api/v1/organisations", body);
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.code()).isEqualTo("ORGANISATION_OUT_OF_TERRITORY");
        assertThat(as("lens").post("/api/v1/organisations", body).status()).isEqualTo(403);
        assertThat(count("Commune d'Écaillon")).isZero();

        Api.Response created = as("caf-nord").post("/api/v1/organisations", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        assertThat(jdbc.sql(
                                "SELECT summary FROM platform.audit_event WHERE entity_type = 'organisation' AND entity_id = :id")
                        .param("id", id.toString())
                        .query(String.class)
                        .list())
                .containsExactly("Organisation « Commune d'Écaillon » créée");

        Api.Response again =
                as("caf-nord").post("/api/v1/organisations", body.replace("Commune d'Écaillon", "Mairie d'Écaillon"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ORGANISATION_ALREADY_EXISTS");
        assertThat(count("Mairie d'Écaillon")).isZero();

        Api.Response caf = as("caf-nord")
                .post(
                        "/api/v1/organisations",
                        "{\"kind\":\"CAF\",\"name\":\"Caf d'Écaillon\",\"communes\":[\"59185\"]}");
        assertThat(caf.status()).isEqualTo(403);
        Api.Response nowhere = as("caf-nord")
                .post("/api/v1/organisations", "{\"kind\":\"ASSOCIATION\",\"name\":\"Association sans territoire\"}");
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.body()).contains("ORGANISATION_TERRITORY_REQUIRED");
    }

    @Test
    void theCommunesOfAnEpciAreCreatedInOneStepAndOnlyOnce() {
        assertThat(as("caf-pas-de-calais")
                        .post("/api/v1/organisations/communes-of-epci/" + SOLESMOIS, "")
                        .status())
                .isEqualTo(404);
        assertThat(as("lens")
                        .post("/api/v1/organisations/communes-of-epci/" + SOLESMOIS, "")
                        .status())
                .isEqualTo(403);

        JsonNode first = as("caf-nord")
                .post("/api/v1/organisations/communes-of-epci/" + SOLESMOIS, "")
                .json();
        assertThat(first.get("created")).hasSize(15);
        assertThat(first.get("skipped")).isEmpty();
        assertThat(first.get("created").findValuesAsString("name")).contains("Commune de Solesmes", "Commune d'Haussy");

        JsonNode second = as("caf-nord")
                .post("/api/v1/organisations/communes-of-epci/" + SOLESMOIS, "")
                .json();
        assertThat(second.get("created")).isEmpty();
        assertThat(second.get("skipped")).hasSize(15);
        assertThat(second.get("skipped").findValuesAsString("reason")).containsOnly("ALREADY_EXISTS");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_event WHERE entity_type = 'epci' AND entity_id = :siren")
                        .param("siren", SOLESMOIS)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anEpciAcrossTwoDepartementsGivesACafOnlyItsOwnCommunes() {
        JsonNode report = as("caf-nord")
                .post("/api/v1/organisations/communes-of-epci/" + FLANDRE_LYS, "")
                .json();
        assertThat(report.get("created")).hasSize(4);
        assertThat(report.get("skipped")).hasSize(4);
        assertThat(report.get("skipped").findValuesAsString("reason")).containsOnly("OUT_OF_TERRITORY");
        assertThat(report.get("skipped").findValuesAsString("inseeCode")).allMatch(code -> code.startsWith("62"));
    }

    @Test
    void anAdministratorOpensACafWithItsFirstAgentInOneStep() {
        String body = """
                {"name":"Caisse d'allocations familiales de la Lozère","shortName":"Caf de la Lozère",
                 "departements":["48"],"agentUsername":"agent-lozere","agentDisplayName":"Agent de la Lozère"}""";
        assertThat(as("caf-nord").post("/api/v1/cafs", body).status()).isEqualTo(403);

        Api.Response created = as("admin").post("/api/v1/cafs", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/caf/kind").asString()).isEqualTo("CAF");
        assertThat(created.json().at("/caf/departements/0").asString()).isEqualTo("48");
        assertThat(created.json().at("/agent/role").asString()).isEqualTo("CAF_AGENT");
        assertThat(created.json().get("oneTimePassword").asString()).hasSize(16);
        String cafId = created.json().at("/caf/id").asString();
        assertThat(created.json().at("/agent/organisationId").asString()).isEqualTo(cafId);
        assertThat(jdbc.sql("SELECT summary FROM platform.audit_event WHERE entity_id = :id AND action = 'caf-opened'")
                        .param("id", cafId)
                        .query(String.class)
                        .single())
                .isEqualTo(
                        "Caf « Caisse d'allocations familiales de la Lozère » ouverte sur 48 avec son premier agent « agent-lozere »");

        // The agent's login is taken now: a second Caf is refused whole, nothing half saved.
        Api.Response taken = as("admin")
                .post(
                        "/api/v1/cafs",
                        body.replace("de la Lozère\"", "de la Lozère bis\"").replace("48", "2A"));
        assertThat(taken.status()).isIn(400, 409);
        assertThat(count("Caisse d'allocations familiales de la Lozère bis")).isZero();
        Api.Response noDepartement = as("admin")
                .post("/api/v1/cafs", body.replace("[\"48\"]", "[]").replace("agent-lozere", "agent-lozere-2"));
        assertThat(noDepartement.status()).isEqualTo(400);
    }

    @Test
    void anOrganisationAttachedToAnEpciIsInTheReachOfTheCafOfItsCommunes() {
        Api.Response created = as("admin").post("/api/v1/organisations", """
                        {"kind":"OTHER","name":"Syndicat intercommunal de l'Ostrevent","epcis":["%s"]}""".formatted(OSTREVENT));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("epciCommunes")).hasSize(20);

        assertThat(as("caf-nord").get("/api/v1/organisations/" + id).status()).isEqualTo(200);
        assertThat(as("caf-pas-de-calais").get("/api/v1/organisations/" + id).status())
                .isEqualTo(404);
        assertThat(as("armentieres").get("/api/v1/organisations/" + id).status())
                .isEqualTo(404);
        assertThat(names(as("caf-nord").get("/api/v1/organisations?size=100&q=ostrevent")))
                .contains("Syndicat intercommunal de l'Ostrevent");
        assertThat(names(as("caf-pas-de-calais").get("/api/v1/organisations?size=100&q=ostrevent")))
                .isEmpty();

        // A Caf agent may itself create an organisation attached to an EPCI of its territory only.
        String syndicat = "{\"kind\":\"OTHER\",\"name\":\"Syndicat mixte %s\",\"epcis\":[\"%s\"]}";
        assertThat(as("caf-nord")
                        .post("/api/v1/organisations", syndicat.formatted("du Cœur d'Ostrevent", OSTREVENT))
                        .status())
                .isEqualTo(201);
        assertThat(as("caf-pas-de-calais")
                        .post("/api/v1/organisations", syndicat.formatted("d'Ostrevent", OSTREVENT))
                        .status())
                .isEqualTo(404);
    }

    private long count(String name) {
        return jdbc.sql("SELECT count(*) FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
