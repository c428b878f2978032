package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/** The action plan through the API on PostgreSQL: the demo plans, creation, revision, concurrency, workflow, access, audit. */
@IntegrationTest
class ActionPlanApiIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";
    static final String LILLE_FICHE = "6c1f0f1e-5000-4c71-8a11-0000000f1001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private String org(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single()
                .toString();
    }

    private String axis(String convention, String title) {
        Api.Response created = caf().post(
                        "/api/v1/conventions/" + convention + "/plan/axes",
                        "{\"title\":\"%s\",\"domains\":[\"PARENTALITE\"],\"enjeux\":[\"E3\"]}".formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A signed convention of the test's own for Armentières: the demo plans are only read. */
    private String ownConvention(String title) {
        return Fixtures.of(port, jdbc).signedConvention(Fixtures.unique(title));
    }

    private JsonNode fiche(String convention, String axis, String title) {
        Api.Response created = caf().post("/api/v1/conventions/" + convention + "/plan/fiches", """
                {"axisId":"%s","title":"%s","targetPublic":"Parents","progress":10,
                 "steps":["Recenser les dispositifs","Réunir les partenaires"],
                 "milestones":[{"dueOn":"2024-06-30","label":"Recensement","done":false}],
                 "partners":[{"organisationId":"%s"},{"name":"Centre social Salengro"}],
                 "pilotId":"%s","referents":["Chargée de coopération"],"budget":12000.50,
                 "fundings":[{"funder":"Caf du Nord","amount":8000},{"funder":"Ville","amount":4000.50}],
                 "attachments":[{"name":"Compte rendu","url":"https://example.org/cr.pdf"}]}
                """.formatted(
                        axis, title, org("Caisse d'allocations familiales du Nord"), org("Ville d'Armentières")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void theLilleCtgHasOnePartPerCommuneWithItsFichesFromTheAnnexes() {
        JsonNode plan = caf().get("/api/v1/conventions/" + LLH + "/plan").json();
        assertThat(plan.get("axes").findValuesAsString("commune")).containsExactly("59350", "59355", "59298");
        JsonNode lille = caf().get("/api/v1/fiches/" + LILLE_FICHE).json();
        assertThat(lille.get("steps").size()).isEqualTo(9);
        assertThat(lille.get("milestones").findValuesAsString("dueOn")).containsOnly("2022-12-31", "2024-12-31");
        assertThat(lille.get("indicators").size()).isEqualTo(5);
        assertThat(lille.get("late").asBoolean())
                .as("milestones past and not done")
                .isTrue();
        JsonNode armentieres = caf().get("/api/v1/conventions/" + ARMENTIERES + "/plan?status=DRAFT")
                .json();
        assertThat(armentieres.get("axes").get(0).get("fiches").findValuesAsString("title"))
                .contains("L’animation de la vie sociale", "Égalité des chances");
        assertThat(armentieres.toString())
                .contains("Contenu de démonstration : la fiche de l’annexe 4 est vide dans le document source.");
    }

    @Test
    void aFicheIsCreatedRevisedWithItsVersionAndAStaleVersionIsRefused() {
        String own = ownConvention("CTG essai fiche");
        String axis = axis(own, "Axe API " + UUID.randomUUID());
        JsonNode created = fiche(own, axis, "Fiche API création");
        String id = created.get("id").asString();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("fundings").get(1).get("amount").decimalValue()).isEqualByComparingTo("4000.50");
        int version = created.get("version").asInt();

        String body = """
                {"version":%d,"axisId":"%s","title":"Fiche API révisée","progress":35,
                 "milestones":[{"dueOn":"2024-06-30","label":"Recensement","done":true}]}""";
        Api.Response updated = caf().put("/api/v1/fiches/" + id, body.formatted(version, axis));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("progress").asInt()).isEqualTo(35);
        assertThat(updated.json().get("version").asInt()).isEqualTo(version + 1);

        Api.Response stale = caf().put("/api/v1/fiches/" + id, body.formatted(version, axis));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(caf().get("/api/v1/fiches/" + id).json().get("title").asString())
                .isEqualTo("Fiche API révisée");
    }

    @Test
    void anEcheanceKnownByItsYearOrMonthIsKeptAsGivenAndLateOnlyAfterItsLastDay() {
        String own = ownConvention("CTG échéances à l'année");
        String axis = axis(own, "Axe précision " + UUID.randomUUID());
        Api.Response created = caf().post("/api/v1/conventions/" + own + "/plan/fiches", """
                {"axisId":"%s","title":"Fiche aux échéances imprécises",
                 "milestones":[{"dueOn":"2026","label":"Bilan"},{"dueOn":"2026-05","label":"Recensement"}]}""".formatted(axis));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("milestones").findValuesAsString("dueOn")).containsExactly("2026", "2026-05");
        // the fixed clock is 15/06/2026: « 05/2026 » has passed, « 2026 » runs to 31/12/2026
        JsonNode read = caf().get("/api/v1/fiches/" + created.json().get("id").asString())
                .json();
        assertThat(read.get("late").asBoolean()).isTrue();
        assertThat(read.get("lateMilestones").findValuesAsString("label")).containsExactly("Recensement");
        PageSession page = PageSession.signIn(port, "caf-nord", "demo");
        String fiche = HtmlUtils.htmlUnescape(
                page.get("/fiches/" + created.json().get("id").asString()).body());
        assertThat(fiche).contains("05/2026 (Recensement)").doesNotContain("2026 (Bilan)");
    }

    @Test
    void badInputGetsFrenchMessagesPerField() {
        String own = ownConvention("CTG essai fiche invalide");
        String axis = axis(own, "Axe erreurs " + UUID.randomUUID());
        Api.Response bad = caf().post("/api/v1/conventions/" + own + "/plan/fiches", """
                {"axisId":"%s","title":"Fiche invalide","progress":140,
                 "milestones":[{"dueOn":"2035-01-01","label":"Trop tard"}],
                 "partners":[{"organisationId":"%s"}],
                 "links":["%s"]}""".formatted(
                        axis, UUID.randomUUID(), LILLE_FICHE));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        JsonNode fields = bad.json().get("fields");
        assertThat(fields.findValuesAsString("code"))
                .contains(
                        "FICHE_PROGRESS_INVALID",
                        "FICHE_MILESTONE_OUT_OF_RANGE",
                        "FICHE_PARTNER_UNKNOWN",
                        "FICHE_LINK_OTHER_CONVENTION");
        assertThat(fields.findValuesAsString("field"))
                .contains("progress", "milestones[0].dueOn", "partners[0].organisationId", "links[0]");
        assertThat(fields.toString()).contains("hors de la période plausible", "entre 0 et 100 %");
        assertThat(caf().post(
                                "/api/v1/conventions/" + LLH + "/plan/fiches",
                                "{\"axisId\":\"%s\",\"title\":\"Axe d’une autre convention\"}".formatted(axis))
                        .json()
                        .get("fields")
                        .findValuesAsString("code"))
                .containsExactly("FICHE_AXIS_OTHER_CONVENTION");
    }

    @Test
    void theWorkflowIsRecordedWithItsOriginAndAbandonNeedsAReason() {
        String own = ownConvention("CTG essai statuts");
        String axis = axis(own, "Axe statuts " + UUID.randomUUID());
        JsonNode f = fiche(own, axis, "Fiche API statuts");
        String id = f.get("id").asString();
        Api.Response wrong = caf().post(
                        "/api/v1/fiches/" + id + "/status",
                        "{\"version\":%d,\"status\":\"DONE\"}"
                                .formatted(f.get("version").asInt()));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.code()).isEqualTo("FICHE_TRANSITION_NOT_ALLOWED");
        f = caf().post("/api/v1/fiches/" + id + "/status", """
                {"version":%d,"status":"PRESENTED","origin":"conseil municipal du 9 février 2023"}""".formatted(
                                f.get("version").asInt()))
                .json();
        assertThat(f.get("status").asString()).isEqualTo("PRESENTED");
        Api.Response noReason = caf().post(
                        "/api/v1/fiches/" + id + "/status",
                        "{\"version\":%d,\"status\":\"ABANDONED\"}"
                                .formatted(f.get("version").asInt()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").get(0).get("field").asString()).isEqualTo("reason");
        f = caf().post(
                        "/api/v1/fiches/" + id + "/status",
                        "{\"version\":%d,\"status\":\"ABANDONED\",\"reason\":\"Repris par le Département\"}"
                                .formatted(f.get("version").asInt()))
                .json();
        assertThat(f.get("abandonReason").asString()).isEqualTo("Repris par le Département");

        String history = caf().get("/api/v1/audit?entityType=fiche-action&entityId=" + id)
                .body();
        assertThat(history)
                .contains("décidé : conseil municipal du 9 février 2023", "motif : Repris par le Département");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE entity_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void otherTerritoriesDoNotSeeThePlanAndReadersDoNotChangeIt() {
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions/" + LLH + "/plan")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/fiches/" + LILLE_FICHE)
                        .status())
                .isEqualTo(404);
        Api lecteur = Api.as(port, "lecteur", "demo");
        JsonNode fiche = lecteur.get("/api/v1/fiches/" + LILLE_FICHE).json();
        Api.Response write = lecteur.post(
                "/api/v1/fiches/" + LILLE_FICHE + "/status",
                "{\"version\":%d,\"status\":\"DONE\"}"
                        .formatted(fiche.get("version").asInt()));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.code()).isEqualTo("ACCESS_DENIED");
        assertThat(Api.as(port, "lens", "demo")
                        .post("/api/v1/fiches/" + LILLE_FICHE + "/status", "{\"version\":0,\"status\":\"DONE\"}")
                        .status())
                .isEqualTo(404);
    }
}
