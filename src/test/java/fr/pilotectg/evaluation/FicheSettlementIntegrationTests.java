package fr.pilotectg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: the open fiches of an ending convention settled in one step from its final bilan — closed, carried into
 * the successor (a draft there, this one abandoned « reportée »), abandoned with a reason — all or nothing; a stale
 * fiche refused; a reader 403, someone out of reach 404.
 */
@IntegrationTest
class FicheSettlementIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFinalBilanClosesCarriesAndAbandonsInOneStep() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        Api caf = fixtures.caf();
        String convention = fixtures.signedConvention(Fixtures.unique("CTG fin de convention"));
        JsonNode running = fixtures.fiche(convention, "Fiche en cours");
        running = fixtures.ficheStatus(
                fixtures.ficheStatus(fixtures.ficheStatus(running, "PRESENTED"), "VALIDATED"), "IN_PROGRESS");
        JsonNode carried = fixtures.fiche(convention, "Fiche à reporter");
        JsonNode dropped = fixtures.fiche(convention, "Fiche à abandonner");
        JsonNode kept = fixtures.fiche(convention, "Fiche laissée ouverte");
        String settle = "/conventions/" + convention + "/evaluation/bilan/fiches";

        PageSession session = PageSession.signIn(port, "caf-nord", "demo");
        String page =
                session.get("/conventions/" + convention + "/evaluation/bilan").body();
        assertThat(page).contains("4 fiches encore ouvertes").contains("Décision pour la fiche « Fiche à reporter »");

        // Without a successor nothing is carried, and nothing else of the batch is applied.
        Map<String, String> form = new LinkedHashMap<>();
        decide(form, running, "CLOSE");
        decide(form, carried, "CARRY");
        session.post(settle, form);
        assertThat(session.get("/conventions/" + convention + "/evaluation/bilan")
                        .body())
                .contains("La convention n’a pas de convention suivante");
        assertThat(status(caf, running)).isEqualTo("IN_PROGRESS");

        String bilan = "/api/v1/conventions/" + convention + "/final-review";
        JsonNode review = caf.get(bilan).json();
        assertThat(caf.put(bilan, """
                        {"version":%d,"conclusions":"Bilan","effects":"Effets","carriedObjectives":["Poursuivre"]}""".formatted(review.get("version").asInt())).status())
                .isEqualTo(200);
        Api.Response next = caf.post(bilan + "/successor", "{}");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        String successor = next.json().get("successorId").asString();

        session.get("/conventions/" + convention + "/evaluation/bilan");
        decide(form, dropped, "ABANDON");
        form.put("reason", "Besoin couvert autrement");
        assertThat(session.post(settle, form).location()).endsWith("/evaluation/bilan#fiches-ouvertes");
        assertThat(session.get("/conventions/" + convention + "/evaluation/bilan")
                        .body())
                .contains("3 fiches ont été réglées.")
                .contains("1 fiche encore ouverte");
        assertThat(status(caf, running)).isEqualTo("DONE");
        assertThat(status(caf, dropped)).isEqualTo("ABANDONED");
        JsonNode carriedNow =
                caf.get("/api/v1/fiches/" + carried.get("id").asString()).json();
        assertThat(carriedNow.get("status").asString()).isEqualTo("ABANDONED");
        assertThat(carriedNow.get("abandonReason").asString()).contains("reportée dans la convention suivante");
        assertThat(status(caf, kept)).isEqualTo("DRAFT");
        assertThat(jdbc.sql(
                                "SELECT status FROM actionplan.fiche WHERE convention_id = :c::uuid AND title = 'Fiche à reporter'")
                        .param("c", successor)
                        .query(String.class)
                        .list())
                .containsExactly("DRAFT");

        // A page read before a change of the fiche is refused, nothing applied.
        Map<String, String> stale = new LinkedHashMap<>();
        stale.put("outcome_" + kept.get("id").asString(), "ABANDON");
        stale.put(
                "version_" + kept.get("id").asString(),
                String.valueOf(kept.get("version").asInt() - 1));
        stale.put("reason", "Trop tard");
        session.post(settle, stale);
        assertThat(session.get("/conventions/" + convention + "/evaluation/bilan")
                        .body())
                .contains("Quelqu’un d’autre a modifié cet élément");
        assertThat(status(caf, kept)).isEqualTo("DRAFT");
    }

    @Test
    void aReaderIsRefusedAndSomeoneOutOfReachIsNotFound() {
        String fiche = jdbc.sql(
                        "SELECT id::text FROM actionplan.fiche WHERE convention_id = :c::uuid AND status = 'IN_PROGRESS' LIMIT 1")
                .param("c", LLH)
                .query(String.class)
                .single();
        Map<String, String> form = Map.of("outcome_" + fiche, "CLOSE", "version_" + fiche, "0");
        String settle = "/conventions/" + LLH + "/evaluation/bilan/fiches";
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        assertThat(reader.get("/conventions/" + LLH + "/evaluation/bilan").body())
                .doesNotContain("Appliquer les décisions");
        assertThat(reader.post(settle, form).status()).isEqualTo(403);
        assertThat(PageSession.signIn(port, "lens", "demo").post(settle, form).status())
                .isEqualTo(404);
    }

    private static void decide(Map<String, String> form, JsonNode fiche, String outcome) {
        form.put("outcome_" + fiche.get("id").asString(), outcome);
        form.put(
                "version_" + fiche.get("id").asString(),
                String.valueOf(fiche.get("version").asInt()));
    }

    private static String status(Api caf, JsonNode fiche) {
        return caf.get("/api/v1/fiches/" + fiche.get("id").asString())
                .json()
                .get("status")
                .asString();
    }
}
