package fr.pilotectg.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The convention generated as DOCX and PDF through the API on the demo data: the Lille – Lomme – Hellemmes text
 * (pdftotext and POI read it back) has every article, signatory with representatives and printed roles, equipment of
 * annex 1 and fiche of annex 4; gaps print « [à compléter : …] » and bar a final version; access follows the convention.
 */
@IntegrationTest
class DocumentsApiIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String BASE = "/api/v1/conventions/%s/documents";

    static final List<String> ARTICLES = List.of(
            "Préambule",
            "Article 1 – Objet de la convention territoriale globale",
            "Article 2 – Les champs d'intervention de la Caf",
            "Article 3 – Les champs d'intervention de la collectivité",
            "Article 4 – Les champs d'intervention communs déjà opérationnels",
            "Article 5 – Les objectifs partagés au regard des besoins",
            "Article 6 – Engagements des partenaires",
            "Article 7 – Modalités de collaboration",
            "Article 8 – Échanges de données",
            "Article 9 – Communication",
            "Article 10 – Évaluation",
            "Article 11 – Durée de la convention",
            "Article 12 – Exécution formelle de la convention",
            "Article 13 – La fin de la convention",
            "Article 14 – Les recours",
            "Article 15 – Confidentialité",
            "Annexe 1 – Équipements et services du territoire",
            "Annexe 2 – Gouvernance",
            "Annexe 3 – Délibérations",
            "Annexe 4 – Plan d'actions",
            "Annexe 5 – Indicateurs");

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

    /** Without any whitespace: pdftotext and table cells break lines where they please. */
    static String squeezed(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .replace('’', '\'');
    }

    @Test
    void theLilleConventionComesOutWhole() throws Exception {
        JsonNode doc = GeneratedDocuments.document(caf(), LLH, "{\"kind\":\"DRAFT\"}");
        assertThat(doc.get("templateVersion").asString()).isEqualTo("caf-du-nord-2");
        UUID id = UUID.fromString(doc.get("id").asString());

        byte[] pdf = jdbc.sql("SELECT pdf FROM documents.generated_document WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
        byte[] docx = jdbc.sql("SELECT docx FROM documents.generated_document WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        String pdfText = pdfToText(pdf);
        if (System.getProperty("documents.dump") != null) {
            Files.write(Path.of(System.getProperty("documents.dump"), "llh.pdf"), pdf);
            Files.write(Path.of(System.getProperty("documents.dump"), "llh.docx"), docx);
        }
        String docxText;
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(word)) {
            docxText = extractor.getText();
            assertThat(word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())))
                    .hasSizeGreaterThanOrEqualTo(ARTICLES.size());
        }
        for (String text : List.of(pdfText, docxText)) {
            String all = squeezed(text);
            for (String article : ARTICLES) assertThat(all).contains(squeezed(article));
            assertThat(all)
                    .contains(squeezed("La Caisse d'allocations familiales du Nord, représentée par sa Présidente du"
                            + " conseil d'administration, Madame Lydie LIBRIZZI, et par son Directeur général,"
                            + " Monsieur Luc GRARD, dûment autorisés à signer la présente convention"))
                    .contains(squeezed("La Ville de Lille, représentée par son Maire, Martine AUBRY, dûment autorisé"))
                    .contains(squeezed("Fait à Lille, le 1er juillet 2021"))
                    .contains(squeezed("du 1er janvier 2021 jusqu'au 31 décembre 2024"))
                    .contains(squeezed("délibération du conseil communal de Lomme n° 2021/58 du 23 juin 2021"))
                    .contains(squeezed("Ci-après dénommée « la Caf »"));
            assertThat(text).doesNotContain("{{").doesNotContain("à compléter");
        }
        List<String> equipment = jdbc.sql("""
                        SELECT name FROM equipment.equipment WHERE commune_code IN ('59350', '59355', '59298')
                           AND (closed_on IS NULL OR closed_on > DATE '2026-06-15')
                           AND (opened_on IS NULL OR opened_on <= DATE '2026-06-15')
                        """).query(String.class).list();
        assertThat(equipment).hasSizeGreaterThan(200);
        List<String> fiches = jdbc.sql("SELECT title FROM actionplan.fiche WHERE convention_id = :c")
                .param("c", UUID.fromString(LLH))
                .query(String.class)
                .list();
        assertThat(fiches).isNotEmpty();
        String pdfAll = squeezed(pdfText);
        String docxAll = squeezed(docxText);
        for (String name : equipment) {
            assertThat(pdfAll).as("equipment in the PDF").contains(squeezed(name));
            assertThat(docxAll).as("equipment in the DOCX").contains(squeezed(name));
        }
        for (String title : fiches) {
            assertThat(pdfAll).as("fiche in the PDF").contains(squeezed(title));
            assertThat(docxAll).as("fiche in the DOCX").contains(squeezed(title));
        }
        // PDF/A-2u, every font embedded, a bookmark per article and annex
        assertThat(run(pdf, "pdfinfo", "-meta")).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U<");
        List<String> fonts = run(pdf, "pdffonts").lines().skip(2).toList();
        assertThat(fonts)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("DejaVu").contains(" yes yes yes "));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var bookmarks = new java.util.ArrayList<String>();
            var item = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            while (item != null) {
                bookmarks.add(item.getTitle());
                item = item.getNextSibling();
            }
            assertThat(bookmarks).containsAll(ARTICLES);
        }
        assertThat(pdfText).contains("page 1 / ");

        Api.Response download = caf().get(BASE.formatted(LLH) + "/" + id + "/pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        JsonNode overview = caf().get(BASE.formatted(LLH)).json();
        assertThat(overview.get("documents").findValuesAsString("id")).contains(id.toString());
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_event WHERE entity_type = 'document' AND entity_id = :id")
                        .param("id", id.toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aGapPrintsAsSuchAndBarsTheFinalVersionButNotADraft() throws Exception {
        String id = fixtures().signedConvention(Fixtures.unique("CTG documents lacunes"));
        JsonNode overview = caf().get(BASE.formatted(id)).json();
        assertThat(overview.get("gaps").findValuesAsString("marker")).contains("[à compléter : lieu de signature]");

        Api.Response refused = caf().post(BASE.formatted(id), "{\"kind\":\"FINAL\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("DOCUMENT_GAPS_REMAIN");
        assertThat(refused.json().get("detail").asString()).contains("version définitive", "à compléter");
        assertThat(caf().get(BASE.formatted(id)).json().get("documents")).isEmpty();

        JsonNode draft = GeneratedDocuments.document(caf(), id, "{\"kind\":\"DRAFT\"}");
        assertThat(draft.get("gaps").asInt()).isEqualTo(1);
        byte[] pdf = jdbc.sql("SELECT pdf FROM documents.generated_document WHERE id = :id")
                .param("id", UUID.fromString(draft.get("id").asString()))
                .query(byte[].class)
                .single();
        String text = squeezed(pdfToText(pdf));
        assertThat(text).contains(squeezed("Fait à [à compléter : lieu de signature]"));
        var session = fr.pilotectg.platform.PageSession.signIn(port, "caf-nord", "demo");
        String page = session.get("/conventions/" + id + "/documents").body();
        assertThat(page)
                .contains(
                        "[à compléter : lieu de signature]",
                        "/conventions/" + id + "/correction",
                        "Générer un brouillon")
                .doesNotContain("??documents");
        var refusedPage = session.post("/conventions/" + id + "/documents", java.util.Map.of("kind", "FINAL"));
        assertThat(refusedPage.status()).isEqualTo(302);
        assertThat(session.get("/conventions/" + id + "/documents").body())
                .containsPattern("valeurs? rest(e|ent) à compléter");
        // an annex with no data says so
        assertThat(text).contains(squeezed("Aucune fiche action n'est encore inscrite"));
        assertThat(text).contains(squeezed("Aucune instance de gouvernance n'est encore enregistrée"));
    }

    @Test
    void accessFollowsTheConvention() {
        assertThat(Api.as(port, "lens", "demo").get(BASE.formatted(LLH)).status())
                .isEqualTo(404);
        assertThat(Api.as(port, "lens", "demo").post(BASE.formatted(LLH), "{}").status())
                .isEqualTo(404);
        assertThat(Api.as(port, "lecteur", "demo").get(BASE.formatted(LLH)).status())
                .isEqualTo(200);
        assertThat(Api.as(port, "lecteur", "demo")
                        .post(BASE.formatted(LLH), "{}")
                        .status())
                .isEqualTo(403);
        assertThat(caf().post(BASE.formatted(LLH), "{\"kind\":\"SIGNED\"}").code())
                .isEqualTo("DOCUMENT_KIND_INVALID");
        assertThat(caf().get(BASE.formatted(LLH) + "/" + UUID.randomUUID() + "/pdf")
                        .status())
                .isEqualTo(404);
    }

    static String pdfToText(byte[] pdf) throws Exception {
        return run(pdf, "pdftotext", "-raw", "-enc", "UTF-8");
    }

    static String run(byte[] pdf, String... command) throws Exception {
        Path file = Files.createTempFile("convention", ".pdf");
        Path out = Files.createTempFile("convention", ".txt");
        try {
            Files.write(file, pdf);
            var args = new java.util.ArrayList<>(List.of(command));
            args.add(file.toString());
            if (command[0].equals("pdftotext")) args.add(out.toString());
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(printed).isZero();
            return command[0].equals("pdftotext") ? Files.readString(out) : printed;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(out);
        }
    }
}
