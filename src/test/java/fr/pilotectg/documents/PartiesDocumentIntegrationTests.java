package fr.pilotectg.documents;

import static fr.pilotectg.documents.DocumentsApiIntegrationTests.pdfToText;
import static fr.pilotectg.documents.DocumentsApiIntegrationTests.squeezed;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The parties block as the convention records its parties (issue 13, points 1–3; ADR 0028): a syndicat and its
 * « comité syndical », a commune signing through its « Première adjointe au Maire », the Caf through its « 1er
 * vice-Président », a collective party with its member communes and a party not yet identified with an unnamed
 * representative, which print as « [à compléter : …] » in a draft (DOCX and PDF) and bar the final version.
 */
@IntegrationTest
class PartiesDocumentIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api caf() {
        return Api.as(port, "caf-nord", "demo");
    }

    Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    private UUID organisation(String kind, String name) {
        Api.Response created = Api.as(port, "admin", "demo").post("/api/v1/organisations", """
                {"kind":"%s","name":"%s","communes":["59017"]}""".formatted(kind, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    @Test
    void eachPartyPrintsAsRecordedAndTheGapsBarTheFinalVersion() throws Exception {
        String sivom = Fixtures.unique("SIVOM enfance des Tests");
        UUID syndicat = organisation("SYNDICAT", sivom);
        String unidentified = Fixtures.unique("Commune de Nulle-Part");
        String signatories = String.join(
                ",",
                """
                {"organisationId":"%s","representatives":[
                  {"civility":"MONSIEUR","name":"Jean MARTIN","title":"1er vice-Président"},
                  {"civility":"MADAME","name":"Audrey MATHON-DEBETENCOURT","role":"DIRECTOR","title":"Directrice par intérim"}]}""".formatted(fixtures().organisation("Caisse d'allocations familiales du Nord")),
                """
                {"organisationId":"%s","alias":"le Syndicat","representatives":[
                  {"civility":"MADAME","name":"Anne DUPONT","role":"PRESIDENT","title":"Présidente"}]}""".formatted(syndicat),
                """
                {"organisationId":"%s","alias":"la Ville","representatives":[
                  {"civility":"MADAME","name":"Marie LEROY","title":"Première adjointe au Maire"}]}""".formatted(fixtures().organisation("Ville d'Armentières")),
                """
                {"kind":"COMMUNE","collective":true,"organisationName":"Les communes membres de la Communauté",
                 "members":["59350","59017"],"representatives":[{"name":"les maires en exercice","title":"Les maires"}]}""",
                """
                {"kind":"COMMUNE","organisationName":"%s","representatives":[{"title":"Le Maire"}]}""".formatted(unidentified));
        Api.Response created =
                caf().post("/api/v1/conventions", """
                {"title":"%s","start":"2024-01-01","end":"2027-12-31","communes":["59017"],
                 "signatories":[%s],"domains":["PETITE_ENFANCE","PARENTALITE"]}""".formatted(Fixtures.unique("CTG parties imprimées"), signatories));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String base = DocumentsApiIntegrationTests.BASE.formatted(id);

        String fiche = Fixtures.unique("Fiche imprimée en entier");
        fixtures().fiche(id, fiche);

        String unidentifiedGap = "[à compléter : organisme de la " + unidentified + " à identifier dans l'annuaire]";
        String unnamedGap = "[à compléter : nom du signataire (Maire) de la " + unidentified + "]";
        JsonNode overview = caf().get(base).json();
        assertThat(overview.get("gaps").findValuesAsString("marker")).contains(unidentifiedGap, unnamedGap);

        Api.Response refused = caf().post(base, "{\"kind\":\"FINAL\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("DOCUMENT_GAPS_REMAIN");

        UUID document = UUID.fromString(GeneratedDocuments.document(caf(), id, "{\"kind\":\"DRAFT\"}")
                .get("id")
                .asString());
        byte[] pdf = jdbc.sql("SELECT pdf FROM documents.generated_document WHERE id = :id")
                .param("id", document)
                .query(byte[].class)
                .single();
        byte[] docx = jdbc.sql("SELECT docx FROM documents.generated_document WHERE id = :id")
                .param("id", document)
                .query(byte[].class)
                .single();
        if (System.getProperty("documents.dump") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("documents.dump"), "parties.pdf"), pdf);
        }
        String docxText;
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(word)) {
            docxText = extractor.getText();
        }
        for (String text : List.of(docxText, pdfToText(pdf))) {
            String all = squeezed(text);
            assertThat(all)
                    .contains(squeezed("La Caisse d'allocations familiales du Nord, représentée par son 1er"
                            + " vice-Président, Monsieur Jean MARTIN, et par sa Directrice par intérim, Madame Audrey"
                            + " MATHON-DEBETENCOURT, dûment autorisés à signer la présente convention"))
                    .contains(squeezed("Le " + sivom + ", représenté par sa Présidente, Madame Anne DUPONT, dûment"
                            + " autorisée à signer la présente convention par délibération de son comité syndical"))
                    .contains(squeezed("Ci-après dénommé « le Syndicat »"))
                    .contains(squeezed("La Ville d'Armentières, représentée par sa Première adjointe au Maire,"
                            + " Madame Marie LEROY, dûment autorisée à signer la présente convention"))
                    .contains(squeezed("Ci-après dénommée « la Ville »"))
                    .contains(squeezed("Les communes membres de la Communauté (Armentières et Lille), représentées par"
                            + " leurs maires, les maires en exercice, dûment autorisés à signer la présente convention par"
                            + " délibérations de leurs conseils municipaux"))
                    .contains(squeezed("Ci-après dénommées « les communes »"))
                    .contains(squeezed("La " + unidentified + " " + unidentifiedGap + ", représentée par son Maire, "
                            + unnamedGap + ", dûment autorisé"))
                    .contains(squeezed("Pour le " + sivom))
                    .contains(squeezed("1er vice-Président, Monsieur Jean MARTIN"))
                    .contains(squeezed("Première adjointe au Maire, Madame Marie LEROY"));
            // annex 4: every field of the fiche, « non renseigné » where it gives none
            assertThat(all)
                    .contains(squeezed("Fiche 1 – " + fiche))
                    .contains(squeezed("Public cible Parents"))
                    .contains(squeezed("Échéances de réalisation – 30 juin 2024 – Recensement (à réaliser)"))
                    .contains(squeezed("Avancement 10 %"))
                    .contains(squeezed("Diagnostic initial non renseigné"));
            assertThat(text).doesNotContain("{{");
        }
    }
}
