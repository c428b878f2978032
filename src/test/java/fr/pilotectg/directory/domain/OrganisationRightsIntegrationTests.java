package fr.pilotectg.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Seeing an organisation does not make one its owner: its identity is its own agents', its attachments the Caf of its
 * territory's, its kind and départements an admin's (ADR 0003). Every refused correction leaves it as it was.
 */
@IntegrationTest
class OrganisationRightsIntegrationTests {

    private static final String PASSWORD = "mot-de-passe-de-test";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService accounts;

    private String id;
    private String agent;

    /** A commune of the Nord (Villeneuve-d'Ascq) and one of its agents, made for this test. */
    @BeforeEach
    void anOrganisationAndItsAgent() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = Api.as(port, "admin", "demo").post("/api/v1/organisations", """
                {"kind":"COMMUNE","name":"Commune de test %s","siren":null,"departements":[],"communes":["59009"],"epcis":[]}
                """.formatted(suffix));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        id = created.json().get("id").asString();
        agent = "agent-" + suffix;
        accounts.createWithPassword(
                new UserAccountService.UserData(
                        agent, "Agent " + suffix, UUID.fromString(id), Role.COLLECTIVITE_AGENT, true),
                PASSWORD,
                false);
    }

    private JsonNode current() {
        return Api.as(port, "admin", "demo").get("/api/v1/organisations/" + id).json();
    }

    private Api.Response put(Api api, String name, String communes, String kind) {
        JsonNode now = current();
        return api.put("/api/v1/organisations/" + id, """
                {"kind":"%s","name":"%s","shortName":null,"siren":null,"departements":[],"communes":[%s],"epcis":[],"version":%d}
                """.formatted(
                        kind, name, communes, now.get("version").asInt()));
    }

    private Api own() {
        return Api.as(port, agent, PASSWORD);
    }

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    @Test
    void theOrganisationRenamesItselfButDoesNotMoveItsOwnTerritory() {
        String name = current().get("name").asString();
        Api.Response renamed = put(own(), name + " (corrigé)", "\"59009\"", "COMMUNE");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(current().get("name").asString()).isEqualTo(name + " (corrigé)");

        Api.Response moved = put(own(), name + " (corrigé)", "\"59009\", \"59350\"", "COMMUNE");
        assertThat(moved.status()).isEqualTo(403);
        assertThat(moved.json().get("code").asString()).isEqualTo("ORGANISATION_PART_NOT_YOURS_ATTACHMENTS");
        assertThat(current().get("communes").toString()).isEqualTo("[\"59009\"]");
    }

    @Test
    void theCafOfItsTerritoryAttachesItToItsCommunesButNeitherRenamesNorReclassifiesIt() {
        String name = current().get("name").asString();

        Api.Response renamed = put(caf(), "Rebaptisée par la Caf", "\"59009\"", "COMMUNE");
        assertThat(renamed.status()).isEqualTo(403);
        assertThat(renamed.json().get("code").asString()).isEqualTo("ORGANISATION_PART_NOT_YOURS_IDENTITY");

        Api.Response reclassified = put(caf(), name, "\"59009\"", "EPCI");
        assertThat(reclassified.status()).isEqualTo(403);
        assertThat(reclassified.json().get("code").asString()).isEqualTo("ORGANISATION_PART_NOT_YOURS_CLASSIFICATION");

        Api.Response elsewhere = put(caf(), name, "\"59009\", \"62498\"", "COMMUNE");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("COMMUNE_OUT_OF_TERRITORY", "62498");

        Api.Response attached = put(caf(), name, "\"59009\", \"59017\"", "COMMUNE");
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        assertThat(current().get("name").asString()).isEqualTo(name);
        assertThat(current().get("communes").toString()).contains("59009", "59017");

        JsonNode history = own().get("/api/v1/audit?entityType=organisation&entityId=" + id)
                .json();
        assertThat(history.get("content").get(0).get("actorName").asString()).contains("caf-nord");
        assertThat(history.get("content").get(0).get("changes").toString()).contains("59017");
    }

    @Test
    void nobodyRenamesAnOrganisationTheyOnlySee() {
        UUID lille = jdbc.sql("SELECT id FROM directory.organisation WHERE name = 'Ville de Lille'")
                .query(UUID.class)
                .single();
        UUID lomme = jdbc.sql("SELECT id FROM directory.organisation WHERE name = 'Commune associée de Lomme'")
                .query(UUID.class)
                .single();
        UUID departement = jdbc.sql("SELECT id FROM directory.organisation WHERE name = 'Département du Nord'")
                .query(UUID.class)
                .single();

        assertRefusedRename("caf-nord", lille, "ORGANISATION_PART_NOT_YOURS_IDENTITY");
        assertRefusedRename("caf-nord", departement, "ORGANISATION_PART_NOT_YOURS_IDENTITY");
        assertRefusedRename("lille", lomme, "ACCESS_DENIED");
        assertRefusedRename("lecteur", lille, "ACCESS_DENIED");
    }

    private void assertRefusedRename(String login, UUID organisation, String code) {
        Api admin = Api.as(port, "admin", "demo");
        JsonNode before = admin.get("/api/v1/organisations/" + organisation).json();
        Api.Response refused = Api.as(port, login, "demo").put("/api/v1/organisations/" + organisation, """
                {"kind":"%s","name":"Renommée","shortName":null,"siren":null,"departements":%s,"communes":%s,"epcis":%s,"version":%d}
                """.formatted(
                        before.get("kind").asString(),
                        before.get("departements"),
                        before.get("communes"),
                        before.get("epcis"),
                        before.get("version").asInt()));
        assertThat(refused.status()).as(login + " " + refused.body()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo(code);
        assertThat(admin.get("/api/v1/organisations/" + organisation)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo(before.get("name").asString());
    }
}
