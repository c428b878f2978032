package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An axis' enjeux are checked against the national list of the convention module (not a pattern of codes), and the
 * plan's audit trail reads the French of the message bundle: summaries, field names and status labels.
 */
@IntegrationTest
class AxisEnjeuxAndAuditIntegrationTests {

    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }

    private long axesTitled(String title) {
        return jdbc.sql("SELECT count(*) FROM actionplan.axis WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    @Test
    void anEnjeuThatIsNotInTheNationalListIsRefusedWithItsCodeAndNothingIsSaved() {
        String title = "Axe enjeu inconnu " + UUID.randomUUID();
        Api.Response refused = caf().post(
                        "/api/v1/conventions/" + ARMENTIERES + "/plan/axes",
                        "{\"title\":\"%s\",\"enjeux\":[\"E3\",\"E99\"]}".formatted(title));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode problem = refused.json().get("fields").get(0);
        assertThat(problem.get("field").asString()).isEqualTo("enjeux[1]");
        assertThat(problem.get("code").asString()).isEqualTo("AXIS_ENJEU_INVALID");
        assertThat(problem.get("message").asString()).contains("« E99 »");
        assertThat(refused.json().get("fields").size())
                .as("E3 is in the national list")
                .isEqualTo(1);
        assertThat(axesTitled(title)).isZero();
    }

    @Test
    void anEnjeuAddedToTheNationalListIsAccepted() {
        Api.Response added = Api.as(port, "admin", "demo")
                .post(
                        "/api/v1/conventions/reference-list/ENJEU",
                        "{\"label\":\"Enjeu ajouté %s\",\"parentCode\":\"M2\"}".formatted(UUID.randomUUID()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String code = added.json().get("code").asString();
        assertThat(code)
                .as("beyond the E1-E10 of the first list")
                .startsWith("E")
                .isNotIn("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10");
        String title = "Axe enjeu ajouté " + UUID.randomUUID();
        Api.Response created = caf().post(
                        "/api/v1/conventions/" + ARMENTIERES + "/plan/axes",
                        "{\"title\":\"%s\",\"enjeux\":[\"%s\"]}".formatted(title, code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(axesTitled(title)).isEqualTo(1);
    }

    @Test
    void theAuditSummariesFieldsAndStatusesComeFromTheMessageBundle() {
        String title = "Axe journal " + UUID.randomUUID();
        Api.Response axis =
                caf().post("/api/v1/conventions/" + ARMENTIERES + "/plan/axes", "{\"title\":\"%s\"}".formatted(title));
        assertThat(axis.status()).as(axis.body()).isEqualTo(201);
        String axisId = axis.json().get("id").asString();
        JsonNode axisHistory = caf().get("/api/v1/audit?entityType=axe-plan-actions&entityId=" + axisId)
                .json()
                .get("content");
        assertThat(axisHistory.get(0).get("summary").asString())
                .isEqualTo(text("actionplan.audit.axis.created", title))
                .isEqualTo("Axe « " + title + " » créé");

        Api.Response fiche = caf().post(
                        "/api/v1/conventions/" + ARMENTIERES + "/plan/fiches",
                        "{\"axisId\":\"%s\",\"title\":\"Fiche journal\",\"progress\":0}".formatted(axisId));
        assertThat(fiche.status()).as(fiche.body()).isEqualTo(201);
        String ficheId = fiche.json().get("id").asString();
        Api.Response abandoned = caf().post("/api/v1/fiches/" + ficheId + "/status", """
                {"version":%d,"status":"ABANDONED","reason":"Doublon","origin":"comité technique du 03/04/2024"}""".formatted(
                        fiche.json().get("version").asInt()));
        assertThat(abandoned.status()).as(abandoned.body()).isEqualTo(200);

        JsonNode last = caf().get("/api/v1/audit?entityType=fiche-action&entityId=" + ficheId)
                .json()
                .get("content")
                .get(0);
        String draft = text("actionplan.status.DRAFT");
        String abandon = text("actionplan.status.ABANDONED");
        assertThat(last.get("summary").asString())
                .isEqualTo(text(
                        "actionplan.audit.fiche.status.abandoned.decided",
                        draft,
                        abandon,
                        "Doublon",
                        "comité technique du 03/04/2024"))
                .isEqualTo(
                        "Statut : Brouillon → Abandonnée (motif : Doublon) — décidé : comité technique du 03/04/2024");
        JsonNode change = last.get("changes").get(0);
        assertThat(change.get("field").asString())
                .isEqualTo(text("actionplan.audit.field.status"))
                .isEqualTo("Statut");
        assertThat(change.get("before").asString()).isEqualTo("Brouillon");
        assertThat(change.get("after").asString()).as("a label, not ABANDONED").isEqualTo("Abandonnée");
    }
}
