package fr.pilotectg.governance;

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

/** Governance through the API on PostgreSQL: demo data, creation, revision, concurrency, bad input, access, audit, decisions. */
@IntegrationTest
class GovernanceApiIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";
    static final String LLH_COPIL = "6c1f0f1e-6000-4c71-8a11-0000000b1001";
    static final String HELLEMMES_POST = "6c1f0f1e-6000-4c71-8a11-0000000e1005";
    static final String BASE = "/api/v1/conventions/%s/governance";

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

    /** A signed convention of the test's own for Armentières: the demo governance is only read. */
    private String ownConvention(String title) {
        return Fixtures.of(port, jdbc).signedConvention(Fixtures.unique(title));
    }

    private long auditCount(String id) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE entity_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void theLilleCtgHasItsCopilAndCotechWithSeatsAndTheMissingNovember2022Cotech() {
        JsonNode g = caf().get(BASE.formatted(LLH)).json();
        assertThat(g.get("bodies").findValuesAsString("kind")).contains("COPIL", "COTECH", "INSTANCE_LOCALE");
        JsonNode copil = caf().get(BASE.formatted(LLH) + "/bodies/" + LLH_COPIL).json();
        assertThat(copil.get("seats").findValuesAsString("institution"))
                .contains("COLLECTIVITE", "CAF", "DEPARTEMENT", "ETAT", "HABITANTS");
        assertThat(copil.get("frequency").get("months").get(0).asInt()).isEqualTo(6);
        assertThat(copil.get("missions").size()).isEqualTo(4);
        JsonNode warnings = caf().get(BASE.formatted(LLH) + "/warnings").json();
        assertThat(warnings.toString())
                .contains(
                        "Comité technique de la CTG Lille – Lomme – Hellemmes : réunion attendue en novembre 2022 non tenue");
        assertThat(warnings.findValuesAsString("period")).doesNotContain("mai 2022", "juin 2022");
        JsonNode post =
                caf().get(BASE.formatted(LLH) + "/posts/" + HELLEMMES_POST).json();
        assertThat(post.get("etp").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(post.get("requestedEtp").decimalValue()).isEqualByComparingTo("0.70");
        assertThat(post.get("cafShare").decimalValue()).isEqualByComparingTo("50");
        assertThat(post.get("nextReport").get("year").asInt()).isEqualTo(2024);
        assertThat(post.get("targetDate").asString()).isEqualTo("2024-12-31");
        JsonNode armentieres = caf().get(BASE.formatted(ARMENTIERES)).json();
        assertThat(armentieres.get("bodies").get(0).get("parity").asBoolean()).isTrue();
        assertThat(armentieres.get("posts").get(0).get("status").asString()).isEqualTo("RECRUITING");
    }

    @Test
    void aBodyIsCreatedRevisedWithItsVersionAndAStaleVersionGets409AndAnAuditEntry() {
        String body = """
                {"version":%d,"kind":"GROUPE_TRAVAIL","name":"%s","seats":[{"institution":"CAF","role":"CCDAS","count":2}],
                 "members":[{"name":"Mme Martin","organisationId":"%s","institution":"CAF"}],
                 "frequency":{"perYear":4,"text":"Trimestriel"},"parity":true}""";
        String own = ownConvention("CTG essai instance");
        String name = "Groupe API " + UUID.randomUUID();
        Api.Response created = caf().post(
                        BASE.formatted(own) + "/bodies",
                        body.formatted(0, name, org("Caisse d'allocations familiales du Nord")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("parityBroken").asBoolean()).isTrue();
        Api.Response updated = caf().put(
                        BASE.formatted(own) + "/bodies/" + id,
                        body.formatted(0, name + " (révisé)", org("Caisse d'allocations familiales du Nord")));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(1);
        Api.Response stale = caf().put(
                        BASE.formatted(own) + "/bodies/" + id,
                        body.formatted(0, name + " (périmé)", org("Caisse d'allocations familiales du Nord")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(caf().get(BASE.formatted(own) + "/bodies/" + id)
                        .json()
                        .get("name")
                        .asString())
                .endsWith("(révisé)");
        assertThat(auditCount(id)).isEqualTo(2);
        assertThat(caf().get(BASE.formatted(LLH) + "/bodies/" + id).status())
                .as("body of another convention")
                .isEqualTo(404);
    }

    @Test
    void badInputGetsFrenchMessagesAndNothingIsSaved() {
        String own = ownConvention("CTG essai erreurs gouvernance");
        Api.Response body = caf().post(BASE.formatted(own) + "/bodies", """
                {"kind":"COTECH","name":"Comité invalide","seats":[{"institution":"CAF","count":-1}],
                 "members":[{"name":"M. Sans Organisation","institution":"CAF"}]}""");
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.contentType()).contains("application/problem+json");
        assertThat(body.json().get("fields").findValuesAsString("code"))
                .containsExactlyInAnyOrder("GOVERNANCE_SEAT_COUNT_INVALID", "GOVERNANCE_MEMBER_ORGANISATION_REQUIRED");
        assertThat(body.json().get("fields").toString()).contains("ne peut pas être négatif", "M. Sans Organisation");
        assertThat(jdbc.sql("SELECT count(*) FROM governance.body WHERE name = 'Comité invalide'")
                        .query(Long.class)
                        .single())
                .isZero();

        Api.Response meeting = caf().post(
                        BASE.formatted(LLH) + "/meetings",
                        "{\"bodyId\":\"%s\",\"date\":\"2040-03-01\",\"place\":\"Hors période\"}".formatted(LLH_COPIL));
        assertThat(meeting.status()).isEqualTo(400);
        assertThat(meeting.json().get("fields").get(0).get("code").asString())
                .isEqualTo("GOVERNANCE_MEETING_OUTSIDE_CONVENTION");
        assertThat(meeting.json().get("fields").toString()).contains("la période de la convention (du 01/01/2021 au ");

        Api.Response etp = caf().post(
                        BASE.formatted(LLH) + "/posts",
                        "{\"role\":\"CHARGE_COOPERATION\",\"theme\":\"Enfance\",\"etp\":1.5,\"person\":\"Mme Une Seule\"}");
        assertThat(etp.status()).isEqualTo(400);
        assertThat(etp.json().get("fields").get(0).get("code").asString()).isEqualTo("GOVERNANCE_ETP_OVER_ONE_PERSON");
        Api.Response negative = caf().post(
                        BASE.formatted(LLH) + "/posts",
                        "{\"role\":\"CHARGE_COOPERATION\",\"theme\":\"Enfance\",\"etp\":-0.5}");
        assertThat(negative.json().get("fields").get(0).get("code").asString()).isEqualTo("GOVERNANCE_ETP_NEGATIVE");
    }

    static final String ARMENTIERES_COPIL = "6c1f0f1e-6000-4c71-8a11-0000000b2001";
    static final String LILLE_FICHE = "6c1f0f1e-5000-4c71-8a11-0000000f1001";

    /** A fiche of its own in the plan of {@code convention}. */
    static String newFiche(Api caf, String convention, String title) {
        Api.Response axis = caf.post(
                "/api/v1/conventions/" + convention + "/plan/axes",
                "{\"title\":\"Axe gouvernance %s\"}".formatted(UUID.randomUUID()));
        assertThat(axis.status()).as(axis.body()).isEqualTo(201);
        Api.Response fiche = caf.post(
                "/api/v1/conventions/" + convention + "/plan/fiches",
                "{\"axisId\":\"%s\",\"title\":\"%s\"}"
                        .formatted(axis.json().get("id").asString(), title));
        assertThat(fiche.status()).as(fiche.body()).isEqualTo(201);
        return fiche.json().get("id").asString();
    }

    @Test
    void aCopilDecisionAbandoningAFicheShowsInTheFichesHistoryWithTheMeeting() {
        String own = ownConvention("CTG essai décision");
        String copilName = Fixtures.unique("Comité de pilotage essai");
        Api.Response copil = caf().post(BASE.formatted(own) + "/bodies", """
                {"kind":"COPIL","name":"%s","seats":[{"institution":"CAF","count":2}],"frequency":{"perYear":2,"text":"Semestriel"}}""".formatted(copilName));
        assertThat(copil.status()).as(copil.body()).isEqualTo(201);
        String ficheId = newFiche(caf(), own, "Fiche à abandonner en COPIL");
        Api.Response created = caf().post(BASE.formatted(own) + "/meetings", """
                {"bodyId":"%s","date":"2023-06-20","place":"Salle du conseil","agenda":[{"ficheId":"%s"},{"kind":"ANNUAL_REVIEW","label":"Bilan 2022"}],
                 "attendance":[{"name":"Mme Caf","status":"PRESENT"},{"name":"M. État","status":"EXCUSED"}],"minutes":"Compte rendu"}""".formatted(
                        copil.json().get("id").asString(), ficheId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String meetingId = created.json().get("id").asString();

        String otherConventionFiche = LILLE_FICHE;
        Api.Response foreign = caf().post(
                        BASE.formatted(own) + "/meetings/" + meetingId + "/decisions",
                        "{\"version\":0,\"text\":\"Abandon\",\"ficheId\":\"%s\",\"status\":\"ABANDONED\",\"reason\":\"x\"}"
                                .formatted(otherConventionFiche));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("fields").get(0).get("code").asString())
                .isEqualTo("GOVERNANCE_FICHE_OTHER_CONVENTION");

        Api.Response noReason = caf().post(
                        BASE.formatted(own) + "/meetings/" + meetingId + "/decisions",
                        "{\"version\":0,\"text\":\"Abandon\",\"ficheId\":\"%s\",\"status\":\"ABANDONED\"}"
                                .formatted(ficheId));
        assertThat(noReason.status())
                .as("abandon needs a reason: nothing half saved")
                .isEqualTo(400);
        assertThat(caf().get(BASE.formatted(own) + "/meetings/" + meetingId)
                        .json()
                        .get("decisions")
                        .size())
                .isZero();

        Api.Response decided =
                caf().post(BASE.formatted(own) + "/meetings/" + meetingId + "/decisions", """
                {"version":0,"text":"Le comité de pilotage abandonne l’action","ficheId":"%s","status":"ABANDONED","reason":"Reprise par le Département"}""".formatted(ficheId));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("decisions").get(0).get("ficheStatus").asString())
                .isEqualTo("ABANDONED");
        assertThat(caf().get("/api/v1/fiches/" + ficheId).json().get("status").asString())
                .isEqualTo("ABANDONED");
        String history = caf().get("/api/v1/audit?entityType=fiche-action&entityId=" + ficheId)
                .body();
        assertThat(history).contains("décidé : " + copilName + " du 20/06/2023 (réunion " + meetingId + ")");
        assertThat(auditCount(meetingId)).isEqualTo(2);
        Api.Response stale = caf().post(
                        BASE.formatted(own) + "/meetings/" + meetingId + "/decisions",
                        "{\"version\":0,\"text\":\"Encore\"}");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void otherTerritoriesDoNotSeeTheGovernanceAndReadersDoNotChangeIt() {
        Api lens = Api.as(port, "lens", "demo");
        assertThat(lens.get(BASE.formatted(LLH)).status()).isEqualTo(404);
        assertThat(lens.get(BASE.formatted(LLH) + "/posts/" + HELLEMMES_POST).status())
                .isEqualTo(404);
        assertThat(lens.post(BASE.formatted(LLH) + "/bodies", "{\"kind\":\"COPIL\",\"name\":\"x\"}")
                        .code())
                .isEqualTo("GOVERNANCE_NOT_FOUND");
        Api lecteur = Api.as(port, "lecteur", "demo");
        JsonNode post =
                lecteur.get(BASE.formatted(LLH) + "/posts/" + HELLEMMES_POST).json();
        Api.Response write = lecteur.post(
                BASE.formatted(LLH) + "/posts/" + HELLEMMES_POST + "/reports",
                "{\"version\":%d,\"year\":2024}".formatted(post.get("version").asInt()));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.code()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void aPostIsCreatedAndItsReportMarkedReceived() {
        String own = ownConvention("CTG essai poste");
        Api.Response created = caf().post(BASE.formatted(own) + "/posts", """
                {"role":"CHEF_PROJET","theme":"Coordination","etp":0.8,"person":"M. Test","employerId":"%s","cafShare":40}""".formatted(org("Ville d'Armentières")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response received = caf().post(
                        BASE.formatted(own) + "/posts/" + id + "/reports",
                        "{\"version\":0,\"year\":2023,\"receivedOn\":\"2024-03-10\"}");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().get("reports").get(0).get("state").asString())
                .isEqualTo("RECEIVED");
        assertThat(caf().post(BASE.formatted(own) + "/posts/" + id + "/reports", "{\"version\":1,\"year\":2030}")
                        .json()
                        .get("fields")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("GOVERNANCE_REPORT_YEAR_INVALID");

        Api.Response revised =
                caf().put(BASE.formatted(own) + "/posts/" + id, """
                {"version":1,"role":"CHEF_PROJET","theme":"Coordination générale","etp":0.8,"person":"M. Test","employerId":"%s",
                 "cafShare":40,"contact":"m.test@example.fr"}""".formatted(org("Ville d'Armentières")));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        String changed = jdbc.sql("""
                SELECT string_agg(c->>'field', ',' ORDER BY c->>'field') FROM platform.audit_event, jsonb_array_elements(changes) c
                WHERE entity_id = :id AND action = 'updated'""").param("id", id).query(String.class).single();
        assertThat(changed)
                .as("every field of the post that changed is in the audit trail")
                .isEqualTo("Contact,Thématique");
    }
}
