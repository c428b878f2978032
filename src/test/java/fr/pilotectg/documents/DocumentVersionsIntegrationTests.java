package fr.pilotectg.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Versions of the generated documents: the signed convention's document is frozen, an avenant has its own document
 * listing the terms it changes and, once signed, the consolidated convention; two versions compare article by article.
 */
@IntegrationTest
class DocumentVersionsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    /** A convention 2023–2026 signed at Armentières on 10/02/2023, with nothing left to complete. */
    private JsonNode signedAtArmentieres(String title) {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        JsonNode c = fixtures.draft(title, "2023-01-01", "2026-12-31");
        String id = c.get("id").asString();
        Api.Response submitted = caf().post(
                        "/api/v1/conventions/" + id + "/submission",
                        "{\"version\":%d}".formatted(c.get("version").asInt()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Response linked = caf().post("/api/v1/conventions/" + id + "/deliberations", """
                {"version":%d,"signatoryId":"%s","deliberationId":"%s"}""".formatted(
                        submitted.json().get("version").asInt(),
                        fixtures.organisation("Ville d'Armentières"),
                        fixtures.deliberation("DE23.027")));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        Api.Response signed = caf().post(
                        "/api/v1/conventions/" + id + "/signature",
                        "{\"version\":%d,\"signedOn\":\"2023-02-10\",\"signaturePlace\":\"Armentières\"}"
                                .formatted(linked.json().get("version").asInt()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        return signed.json();
    }

    @Test
    void theSignedDocumentIsFrozenAndAnAvenantHasItsOwnDocumentThenTheConsolidatedConvention() {
        JsonNode c = signedAtArmentieres(Fixtures.unique("CTG documents versions"));
        String id = c.get("id").asString();
        JsonNode gaps =
                caf().get("/api/v1/conventions/" + id + "/documents").json().get("gaps");
        assertThat(gaps).as(gaps.toString()).isEmpty();

        JsonNode signedDocument = GeneratedDocuments.document(caf(), id, "{\"kind\":\"FINAL\"}");
        assertThat(signedDocument.get("signed").asBoolean()).isTrue();
        JsonNode later = GeneratedDocuments.document(caf(), id, "{\"kind\":\"FINAL\"}");
        assertThat(later.get("signed").asBoolean()).isFalse();
        UUID frozen = UUID.fromString(signedDocument.get("id").asString());
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM documents.generated_document WHERE id = :id")
                        .param("id", frozen)
                        .update())
                .hasMessageContaining("ne peut être ni modifié ni supprimé");
        assertThatThrownBy(() -> jdbc.sql("UPDATE documents.generated_document SET title = 'x' WHERE id = :id")
                        .param("id", frozen)
                        .update())
                .hasMessageContaining("ne peut être ni modifié ni supprimé");

        // an avenant that extends the period, pending: its own document only
        String extended = c.get("terms").toString().replace("\"end\":\"2026-12-31\"", "\"end\":\"2027-06-30\"");
        Api.Response drafted = caf().post("/api/v1/conventions/" + id + "/amendments", """
                {"version":%d,"title":"Prolongation de six mois","draftedOn":"2026-10-15","terms":%s}""".formatted(
                        c.get("version").asInt(), extended));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonNode pending = GeneratedDocuments.job(caf(), id, "{\"kind\":\"AMENDMENT\",\"amendmentNumber\":1}");
        assertThat(pending.get("state").asString()).as(pending.toString()).isEqualTo("DONE");
        assertThat(pending.get("consolidatedId").isNull()).isTrue();
        String avenantText = DocumentsApiIntegrationTests.squeezed(
                text(pending.get("documentId").asString()));
        assertThat(avenantText)
                .contains(DocumentsApiIntegrationTests.squeezed("Avenant n° 1 à la convention territoriale globale"))
                .contains(DocumentsApiIntegrationTests.squeezed("Article 2 – Stipulations modifiées"))
                .contains("31/12/2026", "30/06/2027");
        assertThat(GeneratedDocuments.listed(
                                caf(), id, pending.get("documentId").asString())
                        .get("signed")
                        .asBoolean())
                .isFalse();

        // signed: the avenant's document and the consolidated convention, both the signed ones
        Api.Response signedAvenant = caf().post("/api/v1/conventions/" + id + "/amendments/1/signature", """
                {"version":%d,"signedOn":"2026-11-02"}""".formatted(
                        drafted.json().get("version").asInt()));
        assertThat(signedAvenant.status()).as(signedAvenant.body()).isEqualTo(200);
        JsonNode both = GeneratedDocuments.job(caf(), id, "{\"kind\":\"AMENDMENT\",\"amendmentNumber\":1}");
        assertThat(both.get("state").asString()).as(both.toString()).isEqualTo("DONE");
        JsonNode avenant =
                GeneratedDocuments.listed(caf(), id, both.get("documentId").asString());
        JsonNode consolidated =
                GeneratedDocuments.listed(caf(), id, both.get("consolidatedId").asString());
        assertThat(avenant.get("kind").asString()).isEqualTo("AMENDMENT");
        assertThat(avenant.get("signed").asBoolean()).isTrue();
        assertThat(consolidated.get("kind").asString()).isEqualTo("CONSOLIDATED");
        assertThat(consolidated.get("signed").asBoolean()).isTrue();
        assertThat(consolidated.get("termsVersion").asInt()).isEqualTo(2);
        assertThat(consolidated.get("title").asString()).endsWith("version consolidée après l’avenant n° 1");

        // compared with the signed convention, article by article
        JsonNode changes = caf().get("/api/v1/conventions/" + id + "/documents/"
                        + consolidated.get("id").asString() + "/changes?since=" + frozen)
                .json();
        assertThat(changes.get("from").get("id").asString()).isEqualTo(frozen.toString());
        JsonNode duration = section(changes, "Article 11 – Durée de la convention");
        assertThat(duration.get("status").asString()).as(duration.toString()).isEqualTo("CHANGED");
        assertThat(duration.get("lines").toString()).contains("REMOVED", "ADDED", "30 juin 2027");
        assertThat(section(changes, "Article 15 – Confidentialité")
                        .get("status")
                        .asString())
                .isEqualTo("UNCHANGED");
        assertThat(changes.get("changed").asInt()).isPositive();

        var session = fr.pilotectg.platform.PageSession.signIn(port, "caf-nord", "demo");
        String page = session.get("/conventions/" + id + "/documents/comparaison?a="
                        + consolidated.get("id").asString() + "&de=" + frozen)
                .body();
        assertThat(page)
                .contains("Article 11 – Durée de la convention", "Modifié", "Inchangé", "30 juin 2027")
                .doesNotContain("??");
        assertThat(session.get("/conventions/" + id + "/documents").body())
                .contains("Signé, figé", "Avenant n° 1", "Convention consolidée après l’avenant n° 1")
                .doesNotContain("??");
    }

    @Test
    void comparingWithNothingBeforeShowsEverySectionAddedAndOutOfReachIsNotFound() {
        JsonNode c = signedAtArmentieres(Fixtures.unique("CTG documents première version"));
        String id = c.get("id").asString();
        JsonNode first = GeneratedDocuments.document(caf(), id, "{\"kind\":\"DRAFT\"}");
        JsonNode changes = caf().get("/api/v1/conventions/" + id + "/documents/"
                        + first.get("id").asString() + "/changes")
                .json();
        assertThat(changes.get("from").isNull()).isTrue();
        assertThat(changes.get("sections").findValuesAsString("status")).containsOnly("ADDED");
        assertThat(changes.get("sections").findValuesAsString("title"))
                .contains("Article 11 – Durée de la convention", "Annexe 4 – Plan d'actions");
        assertThat(Api.as(port, "lens", "demo")
                        .get("/api/v1/conventions/" + id + "/documents/"
                                + first.get("id").asString() + "/changes")
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode section(JsonNode changes, String title) {
        for (JsonNode s : changes.get("sections")) if (s.get("title").asString().equals(title)) return s;
        throw new AssertionError(title + " not in " + changes.get("sections").findValuesAsString("title"));
    }

    private String text(String documentId) {
        byte[] pdf = jdbc.sql("SELECT pdf FROM documents.generated_document WHERE id = :id")
                .param("id", UUID.fromString(documentId))
                .query(byte[].class)
                .single();
        try {
            return DocumentsApiIntegrationTests.pdfToText(pdf);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
