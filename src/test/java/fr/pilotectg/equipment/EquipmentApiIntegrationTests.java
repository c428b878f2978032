package fr.pilotectg.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The register's API on PostgreSQL: create, correct, concurrent edits, access by territory, audit, capacity history. */
@IntegrationTest
class EquipmentApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static String body(String name, String commune, String extra) {
        return """
                {"type":"EAJE_MULTI_ACCUEIL","name":"%s","operatorName":"Centre social test","operatorCategory":"ASSOCIATIF",
                 "addresses":[{"street":"1 rue du Test","postalCode":"59000","city":"Lille"}],"communeCode":"%s",
                 "supportedByCollectivite":true %s}""".formatted(name, commune, extra);
    }

    @Test
    void theDemoAnnexIsLoadedAndCountedPerCommune() {
        JsonNode page = Api.as(port, "caf-nord", "demo")
                .get("/api/v1/equipments?communes=59350,59355,59298&size=1")
                .json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(262);
        JsonNode tallies = Api.as(port, "caf-nord", "demo")
                .get("/api/v1/equipments/tallies?communes=59298")
                .json();
        long alshExtra = 0;
        for (JsonNode t : tallies)
            if (t.get("type").asString().equals("ALSH_EXTRA"))
                alshExtra = t.get("count").asLong();
        assertThat(alshExtra).isEqualTo(8);
    }

    @Test
    void createUpdateConflictAndAudit() {
        String name = "Multi-accueil API " + UUID.randomUUID();
        Api lille =
                Api.as(port, "caf-nord", "demo"); // in a commune of no demo convention: the LLH register stays at 262
        Api.Response created = lille.post(
                "/api/v1/equipments",
                body(
                        name,
                        Fixtures.FREE_COMMUNE,
                        ",\"capacity\":{\"value\":24,\"unit\":\"PLACES\",\"effectiveOn\":\"2024-01-01\"}"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode entry = created.json();
        String id = entry.get("id").asString();
        assertThat(entry.get("currentCapacity").get("value").asInt()).isEqualTo(24);
        assertThat(entry.get("qpvOrigin").asString()).isEqualTo("UNKNOWN");
        assertThat(entry.get("communeName").asString()).isEqualTo("Roubaix");

        Api.Response updated = lille.put(
                "/api/v1/equipments/" + id,
                body(name + " bis", Fixtures.FREE_COMMUNE, ",\"qpv\":\"HORS_QPV\",\"version\":0"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(1);
        assertThat(updated.json().get("qpvOrigin").asString()).isEqualTo("MANUAL");

        Api.Response stale =
                lille.put("/api/v1/equipments/" + id, body(name + " ter", Fixtures.FREE_COMMUNE, ",\"version\":0"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");

        Api.Response capacity = lille.post(
                "/api/v1/equipments/" + id + "/capacities",
                "{\"value\":12,\"unit\":\"ACTES\",\"effectiveOn\":\"2025-01-01\"}");
        assertThat(capacity.status()).as(capacity.body()).isEqualTo(201);
        assertThat(capacity.json().get("warnings").get(0).asString()).isEqualTo("UNIT_UNUSUAL_FOR_TYPE");
        JsonNode history = lille.get("/api/v1/equipments/" + id + "/capacities").json();
        assertThat(history.size()).isEqualTo(2);

        long audits = jdbc.sql(
                        "SELECT count(*) FROM platform.audit_event WHERE entity_type = 'equipment' AND entity_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(audits).isEqualTo(3);
        JsonNode trail = lille.get("/api/v1/audit?entityType=equipment&entityId=" + id)
                .json()
                .get("content");
        assertThat(trail.get(0).get("summary").asString())
                .as("French of the bundle, date dd/MM/yyyy")
                .isEqualTo("Capacité de « " + name + " bis » au 01/01/2025 : 12 actes");
        assertThat(trail.get(1).get("summary").asString()).isEqualTo("Équipement « " + name + " bis » modifié");
        java.util.Map<String, String> changed = new java.util.HashMap<>();
        trail.get(1)
                .get("changes")
                .forEach(c ->
                        changed.put(c.get("field").asString(), c.get("after").asString()));
        assertThat(changed)
                .containsEntry("Nom", name + " bis")
                .containsEntry("Origine du QPV", "saisi manuellement")
                .doesNotContainKey("qpvOrigin");
    }

    @Test
    void anotherDepartementDoesNotSeeTheEntry() {
        String name = "Ludothèque cachée " + UUID.randomUUID();
        Api.Response created = Api.as(port, "caf-nord", "demo")
                .post(
                        "/api/v1/equipments",
                        body(name, Fixtures.FREE_COMMUNE, "").replace("EAJE_MULTI_ACCUEIL", "LUDOTHEQUE"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response read = Api.as(port, "caf-pas-de-calais", "demo").get("/api/v1/equipments/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.code()).isEqualTo("EQUIPMENT_NOT_FOUND");
        assertThat(read.body()).doesNotContain(name);
        Api.Response change = Api.as(port, "lens", "demo")
                .put("/api/v1/equipments/" + id, body(name, Fixtures.FREE_COMMUNE, ",\"version\":0"));
        assertThat(change.status()).isEqualTo(404);
        JsonNode list = Api.as(port, "caf-pas-de-calais", "demo")
                .get("/api/v1/equipments?q=" + "cachee&size=50")
                .json();
        assertThat(list.get("content").findValuesAsString("name")).doesNotContain(name);
        Api.Response elsewhere = Api.as(port, "lens", "demo")
                .post("/api/v1/equipments", body("Intrus " + UUID.randomUUID(), "59350", ""));
        assertThat(elsewhere.status())
                .as("a commune out of reach is not found for a new entry too")
                .isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithStableCodes() {
        Api caf = Api.as(port, "caf-nord", "demo");
        Api.Response negative = caf.post(
                "/api/v1/equipments", body("Négatif " + UUID.randomUUID(), "59350", ",\"capacity\":{\"value\":-3}"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("fields").get(0).get("code").asString()).isEqualTo("CAPACITY_NEGATIVE");
        Api.Response commune = caf.post("/api/v1/equipments", body("Nulle part " + UUID.randomUUID(), "59999", ""));
        assertThat(commune.status()).isEqualTo(400);
        assertThat(commune.json().get("fields").get(0).get("code").asString()).isEqualTo("COMMUNE_NOT_FOUND");
        assertThat(caf.get("/api/v1/equipments/" + UUID.randomUUID()).code()).isEqualTo("EQUIPMENT_NOT_FOUND");
    }
}
