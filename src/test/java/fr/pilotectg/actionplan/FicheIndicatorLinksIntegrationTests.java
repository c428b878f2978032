package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: an indicator linked to a fiche from the fiche's page (a versioned, audited change of the indicator), a stale
 * page refused in French, a reader who sees no link form and gets 403 on the link, someone out of reach 404.
 */
@IntegrationTest
class FicheIndicatorLinksIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLinkIsVersionedAuditedAndShownOnBothSides() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String convention = fixtures.signedConvention(Fixtures.unique("CTG liens indicateurs"));
        JsonNode fiche = fixtures.fiche(convention, "Fiche liée en test");
        String ficheId = fiche.get("id").asString();
        JsonNode indicator = indicator(fixtures.caf(), convention, "Indicateur lié " + UUID.randomUUID());
        String indicatorId = indicator.get("id").asString();
        int version = indicator.get("version").asInt();

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        assertThat(caf.get("/fiches/" + ficheId).body()).contains("id=\"lier-indicateur\"");
        String link = "/conventions/" + convention + "/evaluation/fiches/" + ficheId + "/indicateurs";
        PageSession.Page linked = caf.post(link, Map.of("indicator", indicatorId + ":" + version));
        assertThat(linked.location()).endsWith("/fiches/" + ficheId + "#indicateurs");
        String page = caf.get("/fiches/" + ficheId).body();
        assertThat(page)
                .contains("L’indicateur suit désormais cette fiche.")
                .contains("fiche-indicateur-" + indicatorId);

        // The same page posted again: the indicator has moved on, nothing is saved twice.
        caf.post(link, Map.of("indicator", indicatorId + ":" + version));
        assertThat(caf.get("/fiches/" + ficheId).body()).contains("Quelqu’un d’autre a modifié cet élément");

        JsonNode api = fixtures.caf()
                .get("/api/v1/conventions/" + convention + "/indicators/" + indicatorId)
                .json();
        assertThat(api.get("ficheIds").toString()).contains(ficheId);
        assertThat(api.get("version").asInt()).isEqualTo(version + 1);
        assertThat(jdbc.sql(
                                "SELECT summary FROM platform.audit_event WHERE entity_id = :id AND action = 'fiche-linked'")
                        .param("id", indicatorId)
                        .query(String.class)
                        .list())
                .containsExactly("Indicateur « " + indicator.get("name").asString()
                        + " » lié à la fiche « Fiche liée en test »");
        assertThat(caf.get("/conventions/" + convention + "/evaluation").body())
                .contains("href=\"/fiches/" + ficheId + "\"");

        // A fiche of another convention is refused in French.
        String other = fixtures.fiche(fixtures.signedConvention(Fixtures.unique("CTG autre")), "Autre fiche")
                .get("id")
                .asString();
        caf.post(
                "/conventions/" + convention + "/evaluation/fiches/" + other + "/indicateurs",
                Map.of("indicator", indicatorId + ":" + (version + 1)));
        assertThat(caf.get("/fiches/" + other).body())
                .contains("Cette fiche action n’appartient pas au plan de la convention.");

        String unlink = "/conventions/" + convention + "/evaluation/indicateurs/" + indicatorId + "/fiches/" + ficheId
                + "/retirer";
        caf.post(unlink, Map.of("version", String.valueOf(version + 1)));
        assertThat(caf.get("/fiches/" + ficheId).body()).contains("L’indicateur ne suit plus cette fiche.");
    }

    @Test
    void aReaderSeesNoLinkFormAndIsRefusedAndSomeoneOutOfReachIsNotFound() {
        String fiche = jdbc.sql(
                        "SELECT id::text FROM actionplan.fiche WHERE convention_id = :c::uuid ORDER BY position LIMIT 1")
                .param("c", LLH)
                .query(String.class)
                .single();
        JsonNode indicator = Api.as(port, "caf-nord", "demo")
                .get("/api/v1/conventions/" + LLH + "/indicators")
                .json()
                .get("indicators")
                .get(0);
        String choice =
                indicator.get("id").asString() + ":" + indicator.get("version").asInt();
        String link = "/conventions/" + LLH + "/evaluation/fiches/" + fiche + "/indicateurs";

        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        String page = reader.get("/fiches/" + fiche).body();
        assertThat(page)
                .contains("id=\"indicateurs\"")
                .doesNotContain("id=\"lier-indicateur\"")
                .doesNotContain("Retirer de la fiche");
        assertThat(reader.post(link, Map.of("indicator", choice)).status()).isEqualTo(403);

        PageSession lens = PageSession.signIn(port, "lens", "demo");
        lens.get("/");
        assertThat(lens.get("/fiches/" + fiche).status()).isEqualTo(404);
        assertThat(lens.post(link, Map.of("indicator", choice)).status()).isEqualTo(404);
    }

    @Test
    void theBoardMovesThroughTheStatusVerbRefusesAStaleCardAndShowsAReaderNoButton() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String convention = fixtures.signedConvention(Fixtures.unique("CTG tableau"));
        JsonNode fiche = fixtures.fiche(convention, "Fiche déplacée");
        String ficheId = fiche.get("id").asString();
        String move = "/conventions/" + convention + "/plan/tableau/fiches/" + ficheId;
        int version = fiche.get("version").asInt();

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        assertThat(caf.get("/conventions/" + convention + "/plan/tableau").body())
                .contains("id=\"carte-" + ficheId + "\"");
        PageSession.Page moved = caf.post(move, Map.of("version", String.valueOf(version), "status", "PRESENTED"));
        assertThat(moved.location()).endsWith("/conventions/" + convention + "/plan/tableau#carte-" + ficheId);
        assertThat(caf.get("/conventions/" + convention + "/plan/tableau").body())
                .contains("Le statut de la fiche a été changé.");
        assertThat(fixtures.caf()
                        .get("/api/v1/fiches/" + ficheId)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PRESENTED");

        caf.post(move, Map.of("version", String.valueOf(version), "status", "VALIDATED"));
        assertThat(caf.get("/conventions/" + convention + "/plan/tableau").body())
                .contains("Quelqu’un d’autre a modifié cet élément");
        assertThat(fixtures.caf()
                        .get("/api/v1/fiches/" + ficheId)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PRESENTED");

        String llhFiche = jdbc.sql(
                        "SELECT id::text FROM actionplan.fiche WHERE convention_id = :c::uuid AND status = 'VALIDATED' LIMIT 1")
                .param("c", LLH)
                .query(String.class)
                .single();
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        String board = reader.get("/conventions/" + LLH + "/plan/tableau").body();
        assertThat(board).contains("id=\"carte-" + llhFiche + "\"").doesNotContain("Passer la fiche");
        assertThat(reader.post(
                                "/conventions/" + LLH + "/plan/tableau/fiches/" + llhFiche,
                                Map.of("version", "0", "status", "IN_PROGRESS"))
                        .status())
                .isEqualTo(403);
        PageSession lens = PageSession.signIn(port, "lens", "demo");
        assertThat(lens.get("/conventions/" + LLH + "/plan/tableau").status()).isEqualTo(404);
        assertThat(lens.post(
                                "/conventions/" + LLH + "/plan/tableau/fiches/" + llhFiche,
                                Map.of("version", "0", "status", "IN_PROGRESS"))
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode indicator(Api caf, String convention, String name) {
        Api.Response created = caf.post("/api/v1/conventions/" + convention + "/indicators", """
                {"name":"%s","definition":"Test","unit":"NUMBER","direction":"HIGHER_IS_BETTER","source":"Test",
                 "targets":{"2024":"10"}}""".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }
}
