package fr.pilotectg.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The inventory Lomme declared, revised through the API on PostgreSQL: counts and source changed all or nothing, bad
 * input with one code per field, a stale version, access and the audit trail.
 */
@IntegrationTest
class DeclaredInventoryIntegrationTests {

    static final String LOMME = "/api/v1/equipments/communes/59355/declared";

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private static JsonNode line(JsonNode lines, String label) {
        for (JsonNode l : lines) if (l.get("label").asString().equals(label)) return l;
        throw new AssertionError("no line " + label);
    }

    private static String revision(JsonNode line, Object count, String source) {
        return "{\"id\":\"%s\",\"version\":%d,\"count\":%s,\"source\":%s}"
                .formatted(
                        line.get("id").asString(),
                        line.get("version").asInt(),
                        count,
                        source == null ? "null" : "\"" + source + "\"");
    }

    @Test
    void aCommuneRevisesItsDeclaredCountsWithTheirSourceAndTheChangeIsAudited() {
        // An inventory of its own (Roubaix has none in the demo): Lomme's demo inventory is only read.
        String ludo = Fixtures.unique("ludothèques");
        String laepLabel = Fixtures.unique("LAEP");
        fr.pilotectg.equipment.DeclaredInventoryFixture.declare(
                jdbc,
                Fixtures.FREE_COMMUNE,
                Fixtures.unique("Préambule de test"),
                LocalDate.of(2025, 1, 15),
                List.of(
                        new fr.pilotectg.equipment.DeclaredInventoryFixture.Line(
                                ludo, 3, List.of(EquipmentType.LUDOTHEQUE), null),
                        new fr.pilotectg.equipment.DeclaredInventoryFixture.Line(
                                laepLabel, 1, List.of(EquipmentType.LAEP), null)));
        String path = "/api/v1/equipments/communes/" + Fixtures.FREE_COMMUNE + "/declared";
        JsonNode before = caf().get(path).json();
        JsonNode ludotheques = line(before, ludo);
        JsonNode laep = line(before, laepLabel);
        assertThat(ludotheques.get("declared").asInt()).isEqualTo(3);

        Api.Response revised = caf().put(
                        path,
                        "{\"lines\":[" + revision(ludotheques, 4, "Recensement communal 2025") + ","
                                + revision(laep, 1, laep.get("source").asString()) + "]}");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        JsonNode after = line(revised.json(), ludo);
        assertThat(after.get("declared").asInt()).isEqualTo(4);
        assertThat(after.get("source").asString()).isEqualTo("Recensement communal 2025");
        assertThat(after.get("version").asInt())
                .isEqualTo(ludotheques.get("version").asInt() + 1);
        assertThat(line(revised.json(), laepLabel).get("version").asInt())
                .isEqualTo(laep.get("version").asInt());

        String audit = caf().get("/api/v1/audit?entityType=equipment-inventory&entityId=" + Fixtures.FREE_COMMUNE)
                .body();
        assertThat(audit).contains("revised", ludo, "Recensement communal 2025");

        Api.Response stale = caf().put(path, "{\"lines\":[" + revision(ludotheques, 5, "Autre source") + "]}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(line(caf().get(path).json(), ludo).get("declared").asInt()).isEqualTo(4);
    }

    @Test
    void lommesDemoInventoryIsLoaded() {
        JsonNode lomme = caf().get(LOMME).json();
        assertThat(line(lomme, "ludothèques").get("declared").asInt()).isEqualTo(3);
        assertThat(line(lomme, "LAEP").get("declared").asInt()).isEqualTo(1);
        assertThat(line(lomme, "ALSH extrascolaires").get("declared").asInt()).isEqualTo(8);
    }

    @Test
    void badCountsAndMissingSourcesAreRefusedAndNothingChanges() {
        JsonNode before = caf().get(LOMME).json();
        JsonNode extra = line(before, "ALSH extrascolaires");
        JsonNode peri = line(before, "ALSH périscolaires");
        Api.Response refused = caf().put(
                        LOMME,
                        "{\"lines\":[" + revision(extra, 9, "Recensement") + "," + revision(peri, -2, " ") + "]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsString("code"))
                .containsExactly("DECLARED_COUNT_NEGATIVE", "DECLARED_SOURCE_REQUIRED");
        assertThat(refused.json().get("fields").findValuesAsString("field"))
                .containsExactly("lines[1].count", "lines[1].source");
        assertThat(refused.json().get("fields").get(0).get("message").asString())
                .contains("négatif");
        assertThat(line(caf().get(LOMME).json(), "ALSH extrascolaires")
                        .get("declared")
                        .asInt())
                .isEqualTo(8);
    }

    @Test
    void onlyThoseWhoMayChangeTheCommuneReviseItsInventory() {
        JsonNode laep = line(caf().get(LOMME).json(), "LAEP");
        Api.Response reader =
                Api.as(port, "lecteur", "demo").put(LOMME, "{\"lines\":[" + revision(laep, 2, "Test") + "]}");
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.code()).isEqualTo("ACCESS_DENIED");
        Api.Response lens = Api.as(port, "lens", "demo").put(LOMME, "{\"lines\":[" + revision(laep, 2, "Test") + "]}");
        assertThat(lens.status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get(LOMME).status()).isEqualTo(401);
        assertThat(line(caf().get(LOMME).json(), "LAEP").get("declared").asInt())
                .isEqualTo(1);
    }
}
