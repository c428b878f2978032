package fr.pilotectg.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The one access mechanism, seen from the API: who sees and changes which organisation. */
@IntegrationTest
class AccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private UUID idOf(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private List<String> visibleNames(String username) {
        JsonNode page = Api.as(port, username, "demo")
                .get("/api/v1/organisations?size=100")
                .json();
        return page.get("content").findValuesAsString("name");
    }

    @Test
    void aCommuneSeesItselfNotAnotherCommune() {
        assertThat(visibleNames("lens")).containsExactly("Ville de Lens");
        UUID armentieres = idOf("Ville d'Armentières");
        Api.Response read = Api.as(port, "lens", "demo").get("/api/v1/organisations/" + armentieres);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.code()).isEqualTo("ORGANISATION_NOT_FOUND");
        assertThat(read.body()).doesNotContain("215900176");
    }

    @Test
    void aCommuneCannotChangeAnotherCommune() {
        UUID lille = idOf("Ville de Lille");
        Api.Response change = Api.as(port, "lomme", "demo")
                .put("/api/v1/organisations/" + lille, "{\"name\":\"Ville de Lomme-Lille\",\"version\":0}");
        assertThat(change.status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT name FROM directory.organisation WHERE id = :id")
                        .param("id", lille)
                        .query(String.class)
                        .single())
                .isEqualTo("Ville de Lille");
    }

    @Test
    void lilleSeesItsCommunesAssocieesAndACafSeesItsDepartement() {
        assertThat(visibleNames("lille"))
                .contains("Ville de Lille", "Commune associée de Lomme", "Commune associée d'Hellemmes")
                .doesNotContain("Ville d'Armentières", "Ville de Lens");
        assertThat(visibleNames("caf-nord"))
                .contains(
                        "Caisse d'allocations familiales du Nord",
                        "Ville de Lille",
                        "Ville d'Armentières",
                        "Commune associée de Lomme")
                .doesNotContain("Ville de Lens", "Caisse d'allocations familiales du Pas-de-Calais");
        assertThat(visibleNames("caf-pas-de-calais")).contains("Ville de Lens").doesNotContain("Ville de Lille");
        assertThat(visibleNames("admin")).contains("Ville de Lens", "Ville de Lille", "Département du Nord");
    }

    @Test
    void aReaderReadsButDoesNotChange() {
        UUID lille = idOf("Ville de Lille");
        assertThat(Api.as(port, "lecteur", "demo")
                        .get("/api/v1/organisations/" + lille)
                        .status())
                .isEqualTo(200);
        Api.Response change = Api.as(port, "lecteur", "demo")
                .put("/api/v1/organisations/" + lille, "{\"name\":\"Ville de Lille\",\"version\":0}");
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.code()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void onlyAdminsManageUsersAndOnlyAdminsAndCafAgentsCreateOrganisations() {
        assertThat(Api.as(port, "caf-nord", "demo").get("/api/v1/users").status())
                .isEqualTo(403);
        // A Caf agent creates organisations on its territory only (OrganisationEntryIntegrationTests): one standing
        // nowhere is refused as bad input; a collectivité agent creates none.
        Api.Response nowhere = Api.as(port, "caf-nord", "demo")
                .post("/api/v1/organisations", "{\"kind\":\"OTHER\",\"name\":\"Intrus\"}");
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.body()).contains("ORGANISATION_TERRITORY_REQUIRED");
        assertThat(Api.as(port, "lens", "demo")
                        .post(
                                "/api/v1/organisations",
                                "{\"kind\":\"OTHER\",\"name\":\"Intrus\",\"communes\":[\"62498\"]}")
                        .status())
                .isEqualTo(403);
        // The administrator sees every account: the nine demo accounts and those other tests create.
        long accounts = jdbc.sql("SELECT count(*) FROM directory.user_account")
                .query(Long.class)
                .single();
        var users = Api.as(port, "admin", "demo").get("/api/v1/users?size=200").json();
        assertThat(users.get("totalElements").asLong()).as("every account").isEqualTo(accounts);
        assertThat(users.get("content").findValuesAsString("username"))
                .contains(
                        "admin",
                        "caf-nord",
                        "caf-pas-de-calais",
                        "lille",
                        "lomme",
                        "armentieres",
                        "lens",
                        "departement-nord",
                        "lecteur");
    }

    @Test
    void anAgentCorrectsItsOrganisationWithOptimisticLockingAndTheAuditTrailRecordsIt() {
        // An organisation and agent of the test's own (Roubaix): the demo organisations are only read.
        String name = Fixtures.unique("Ville d'essai");
        Api admin = Api.as(port, "admin", "demo");
        Api.Response organisation = admin.post("/api/v1/organisations", """
                {"kind":"COMMUNE","name":"%s","shortName":"Essai","siren":"215900176","communes":["%s"]}""".formatted(name, Fixtures.FREE_COMMUNE));
        assertThat(organisation.status()).as(organisation.body()).isEqualTo(201);
        UUID armentieres = UUID.fromString(organisation.json().get("id").asString());
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response user = admin.post("/api/v1/users", """
                {"username":"%s","displayName":"Agent d'essai","organisationId":"%s","role":"COLLECTIVITE_AGENT"}""".formatted(username, armentieres));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        // A one-time password opens nothing but the password page (the API answers PASSWORD_CHANGE_REQUIRED, tested in
        // SecurityIntegrationTests); as if the agent had chosen it as their own:
        String password = user.json().get("oneTimePassword").asString();
        jdbc.sql("UPDATE directory.user_account SET must_change_password = FALSE WHERE username = :u")
                .param("u", username)
                .update();
        Api agent = Api.as(port, username, password);
        int version = agent.get("/api/v1/organisations/" + armentieres)
                .json()
                .get("version")
                .asInt();

        Api.Response saved = agent.put(
                "/api/v1/organisations/" + armentieres,
                "{\"name\":\"" + name + "\",\"shortName\":\"Essai (59)\",\"siren\":\"215900176\",\"version\":" + version
                        + "}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("shortName").asString()).isEqualTo("Essai (59)");
        assertThat(saved.json().get("communes").get(0).asString()).isEqualTo(Fixtures.FREE_COMMUNE);

        Api.Response stale = agent.put(
                "/api/v1/organisations/" + armentieres,
                "{\"name\":\"" + name + "\",\"shortName\":\"Autre\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(agent.get("/api/v1/organisations/" + armentieres)
                        .json()
                        .get("shortName")
                        .asString())
                .isEqualTo("Essai (59)");

        JsonNode history = agent.get("/api/v1/audit?entityType=organisation&entityId=" + armentieres)
                .json();
        JsonNode last = history.get("content").get(0);
        assertThat(last.get("action").asString()).isEqualTo("updated");
        assertThat(last.get("actorName").asString()).contains(username);
        assertThat(last.get("changes").get(0).get("field").asString()).isEqualTo("shortName");
        assertThat(last.get("changes").get(0).get("before").asString()).isEqualTo("Essai");
        assertThat(last.get("changes").get(0).get("after").asString()).isEqualTo("Essai (59)");

        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/audit?entityType=organisation&entityId=" + armentieres)
                        .json()
                        .get("totalElements")
                        .asInt())
                .isZero();
    }

    @Test
    void anInvalidSirenIsRefusedFieldByFieldAndNothingChanges() {
        UUID lens = idOf("Ville de Lens");
        Api agent = Api.as(port, "lens", "demo");
        int version =
                agent.get("/api/v1/organisations/" + lens).json().get("version").asInt();
        Api.Response refused = agent.put(
                "/api/v1/organisations/" + lens, "{\"name\":\"\",\"siren\":\"123456789\",\"version\":" + version + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsString("field")).containsExactlyInAnyOrder("name", "siren");
        assertThat(agent.get("/api/v1/organisations/" + lens).json().get("name").asString())
                .isEqualTo("Ville de Lens");
    }
}
