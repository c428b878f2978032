package fr.pilotectg.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What the audit trail says of a convention comes from messages/convention.properties, in French: summaries with dates
 * read dd/MM/yyyy, fields under their French names, statuses and termination kinds under their labels (never a code).
 */
@IntegrationTest
class ConventionAuditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private UUID org(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private UUID deliberation(String number) {
        return jdbc.sql("SELECT id FROM deliberation.deliberation WHERE number = :n")
                .param("n", number)
                .query(UUID.class)
                .single();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static int version(JsonNode convention) {
        return convention.get("version").asInt();
    }

    /** The period runs to 2099 so that the convention is in force, hence may be terminated, whatever today's date. */
    @Test
    void theLifeOfAConventionIsToldInFrenchFromTheMessageBundle() {
        String title = "CTG audit " + UUID.randomUUID();
        Api.Response created = caf().post("/api/v1/conventions", """
                {"title":"%s","start":"2023-01-01","end":"2099-12-31","communes":["59017"],
                 "signatories":[
                   {"organisationId":"%s","representatives":[{"name":"Véronique DELCOURT","role":"BOARD_CHAIR"},
                                                             {"name":"Audrey MATHON-DEBETENCOURT","role":"DIRECTOR"}]},
                   {"organisationId":"%s","representatives":[{"name":"Bernard HAESEBROECK","role":"MAYOR","title":"Maire"}]}],
                 "domains":["PETITE_ENFANCE","PARENTALITE"],"missions":[{"code":"M1","enjeux":["E1","E2"]}]}
                """.formatted(
                        title, org("Caisse d'allocations familiales du Nord"), org("Ville d'Armentières")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = created.json();
        String id = c.get("id").asString();
        c = ok(caf().post("/api/v1/conventions/" + id + "/submission", "{\"version\":%d}".formatted(version(c))));
        c = ok(caf().post("/api/v1/conventions/" + id + "/deliberations", """
                {"version":%d,"signatoryId":"%s","deliberationId":"%s"}""".formatted(
                        version(c), org("Ville d'Armentières"), deliberation("DE23.027"))));
        c = ok(caf().post(
                        "/api/v1/conventions/" + id + "/signature",
                        "{\"version\":%d,\"signedOn\":\"2023-03-01\"}".formatted(version(c))));
        Api.Response terminated = caf().post("/api/v1/conventions/" + id + "/terminations", """
                {"version":%d,"kind":"NOTICE","actOn":"2024-03-15","party":"%s"}""".formatted(
                        version(c), org("Ville d'Armentières")));
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);

        JsonNode history = caf().get("/api/v1/audit?entityType=convention&entityId=" + id + "&size=50")
                .json()
                .get("content");
        List<JsonNode> entries = new ArrayList<>();
        history.forEach(entries::add);
        assertThat(entries)
                .extracting(
                        e -> e.get("action").asString(), e -> e.get("summary").asString())
                .contains(
                        tuple("created", "Projet de convention « " + title + " » créé"),
                        tuple("submitted", "Convention envoyée en signature"),
                        tuple("signed", "Convention signée le 01/03/2023"),
                        tuple(
                                "terminated",
                                "Résiliation (Dénonciation avec préavis de six mois) : acte du 15/03/2024, effet le 15/09/2024"));
        assertThat(summary(entries, "deliberation-linked"))
                .endsWith("n° DE23.027 » rattachée à « Ville d'Armentières »");

        assertThat(changes(entries, "created")).containsExactly(tuple("Statut", null, "Projet"));
        assertThat(changes(entries, "submitted")).containsExactly(tuple("Statut", "Projet", "En cours de signature"));
        assertThat(changes(entries, "deliberation-linked"))
                .containsExactly(tuple("Délibération", null, "DE23.027 (09/02/2023)"));
        assertThat(changes(entries, "terminated"))
                .contains(
                        tuple("Résiliation", null, "Dénonciation avec préavis de six mois"),
                        tuple("Date d’effet", null, "15/09/2024"));
        assertThat(entries)
                .flatExtracting(e -> changes(List.of(e), e.get("action").asString()))
                .extracting(t -> (String) t.toList().get(0))
                .doesNotContain("status", "effectiveOn", "résiliation", "deliberation")
                .allSatisfy(field -> assertThat(field).doesNotMatch("[A-Z_]+"));
    }

    private static String summary(List<JsonNode> entries, String action) {
        return entries.stream()
                .filter(e -> e.get("action").asString().equals(action))
                .findFirst()
                .orElseThrow()
                .get("summary")
                .asString();
    }

    private static List<org.assertj.core.groups.Tuple> changes(List<JsonNode> entries, String action) {
        var result = new ArrayList<org.assertj.core.groups.Tuple>();
        entries.stream()
                .filter(e -> e.get("action").asString().equals(action))
                .findFirst()
                .orElseThrow()
                .get("changes")
                .forEach(ch ->
                        result.add(tuple(ch.get("field").asString(), text(ch.get("before")), text(ch.get("after")))));
        return result;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
