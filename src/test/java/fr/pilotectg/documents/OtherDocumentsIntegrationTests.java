package fr.pilotectg.documents;

import static fr.pilotectg.documents.DocumentsApiIntegrationTests.pdfToText;
import static fr.pilotectg.documents.DocumentsApiIntegrationTests.run;
import static fr.pilotectg.documents.DocumentsApiIntegrationTests.squeezed;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The other documents of a convention (issue 13 point 7) through the API on the demo data: the COPIL file (the 2022
 * annual review of Lille – Lomme – Hellemmes with its charts, the final bilan), read back with pdftotext and PDFBox;
 * access follows the convention's reach (readers may download, out of reach 404); every production audited.
 */
@IntegrationTest
class OtherDocumentsIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String BASE = "/api/v1/conventions/%s/other-documents";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Fixtures fixtures() {
        return Fixtures.of(port, jdbc);
    }

    /** A download's status, headers and bytes. */
    record File(int status, String contentType, String disposition, byte[] bytes) {}

    File download(String user, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + basic)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        return new File(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""),
                response.body());
    }

    int audits(String conventionId) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE entity_type = 'autre-document'"
                        + " AND entity_id = :id")
                .param("id", conventionId)
                .query(Integer.class)
                .single();
    }

    static int images(byte[] pdf) throws Exception {
        int count = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) count++;
                }
            }
        }
        return count;
    }

    static List<String> bookmarks(byte[] pdf) throws Exception {
        var titles = new ArrayList<String>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var item = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            while (item != null) {
                titles.add(item.getTitle());
                item = item.getNextSibling();
            }
        }
        return titles;
    }

    @Test
    void the2022AnnualReviewOfLilleComesOutAsAPdfWithItsCharts() throws Exception {
        JsonNode catalog =
                Api.as(port, "caf-nord", "demo").get(BASE.formatted(LLH)).json();
        assertThat(catalog.findValuesAsString("label")).contains("Revue annuelle 2022", "Bilan final");
        int before = audits(LLH);

        File file = download("caf-nord", BASE.formatted(LLH) + "/annual-review/2022/pdf");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pdf");
        assertThat(file.disposition()).contains("revue-annuelle-2022-").contains(".pdf");
        List<String> sections = List.of(
                "Avancement du plan",
                "État des fiches action",
                "Places prévues et réalisées",
                "Indicateurs face aux cibles",
                "Conclusions et ajustements décidés");
        String text = squeezed(pdfToText(file.bytes()));
        assertThat(text).contains(squeezed("Revue annuelle 2022"), squeezed("Situation au 31 décembre 2022"));
        for (String section : sections) assertThat(text).contains(squeezed(section));
        assertThat(bookmarks(file.bytes())).containsAll(sections);
        assertThat(images(file.bytes())).as("charts drawn in the PDF").isGreaterThanOrEqualTo(2);
        List<String> fonts = run(file.bytes(), "pdffonts").lines().skip(2).toList();
        assertThat(fonts).isNotEmpty().allSatisfy(line -> assertThat(line).contains("DejaVu"));
        List<String> fiches = jdbc.sql("SELECT title FROM actionplan.fiche WHERE convention_id = :c::uuid")
                .param("c", LLH)
                .query(String.class)
                .list();
        assertThat(fiches).isNotEmpty();
        assertThat(text).contains(squeezed(fiches.get(0)));
        assertThat(audits(LLH)).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT summary FROM platform.audit_event WHERE entity_type = 'autre-document'"
                                + " AND entity_id = :id")
                        .param("id", LLH)
                        .query(String.class)
                        .list())
                .anySatisfy(summary -> assertThat(summary)
                        .startsWith("Revue annuelle 2022 de la convention « ")
                        .endsWith("produit (PDF)"));

        File bilan = download("lecteur", BASE.formatted(LLH) + "/final-bilan/pdf");
        assertThat(bilan.status()).isEqualTo(200);
        String bilanText = squeezed(pdfToText(bilan.bytes()));
        assertThat(bilanText)
                .contains(squeezed("Bilan final"), squeezed("Évaluation des effets"))
                .contains(squeezed("Objectifs à reporter dans la convention suivante"));
        assertThat(images(bilan.bytes())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theActionPlanPrintsItsAxesThenOneFichePerPageWithEveryField() throws Exception {
        JsonNode catalog =
                Api.as(port, "caf-nord", "demo").get(BASE.formatted(LLH)).json();
        assertThat(catalog.findValuesAsString("href"))
                .contains(BASE.formatted(LLH) + "/action-plan/pdf", "/api/v1/conventions/" + LLH + "/plan/export");
        File file = download("lecteur", BASE.formatted(LLH) + "/action-plan/pdf");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.disposition())
                .containsPattern("plan-actions-[a-z0-9-]*lille[a-z0-9-]*-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        String text = squeezed(pdfToText(file.bytes()));
        assertThat(text)
                .contains(squeezed("Plan d'actions"), squeezed("Axes du plan"))
                .contains(squeezed("Objectifs opérationnels"), squeezed("Échéances de réalisation"))
                .contains(squeezed("Indicateurs d'évaluation"), squeezed("Partenaires sollicités"));
        List<String> fiches = jdbc.sql("SELECT title FROM actionplan.fiche WHERE convention_id = :c::uuid")
                .param("c", LLH)
                .query(String.class)
                .list();
        for (String title : fiches) assertThat(text).contains(squeezed(title));
        try (PDDocument document = Loader.loadPDF(file.bytes())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(fiches.size() + 1);
        }
    }

    @Test
    void eachCouncilHasADraftDeliberationInWordAndPdf() throws Exception {
        JsonNode catalog =
                Api.as(port, "caf-nord", "demo").get(BASE.formatted(LLH)).json();
        String docx = null;
        String pdf = null;
        for (JsonNode item : catalog) {
            if (!item.get("label").asString().startsWith("Projet de délibération — ")) continue;
            if (!item.get("label").asString().contains("Ville de Lille")) continue;
            docx = item.get("formats").get(0).get("href").asString();
            pdf = item.get("formats").get(1).get("href").asString();
        }
        assertThat(docx)
                .as("the council of Lille is listed: " + catalog)
                .isNotNull()
                .endsWith("/docx");
        File word = download("lecteur", docx);
        assertThat(word.status()).isEqualTo(200);
        assertThat(word.disposition()).contains("projet-deliberation-").contains(".docx");
        String wordText;
        try (var document =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(word.bytes()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            wordText = extractor.getText();
            assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())))
                    .hasSize(3);
        }
        File printed = download("caf-nord", pdf);
        assertThat(printed.status()).isEqualTo(200);
        for (String text : List.of(wordText, pdfToText(printed.bytes()))) {
            String all = squeezed(text);
            assertThat(all)
                    .contains(squeezed("PROJET DE DÉLIBÉRATION"), squeezed("Ville de Lille — Conseil municipal"))
                    .contains(squeezed("Objet"), squeezed("Exposé des motifs"))
                    .contains(squeezed("Le conseil municipal, après en avoir délibéré, décide :"))
                    .contains(squeezed("d’autoriser"), squeezed("à signer la convention territoriale globale avec"))
                    .contains(squeezed("du 1er janvier 2021 au 31 décembre 2024"))
                    .contains(squeezed("[à compléter : rapporteur]"));
        }
        assertThat(download("caf-nord", BASE.formatted(LLH) + "/deliberation/99/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(download("caf-nord", BASE.formatted(LLH) + "/deliberation/1/odt")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aHeldMeetingHasItsMinutesWithAttendanceAgendaAndDecisions() throws Exception {
        JsonNode catalog =
                Api.as(port, "caf-nord", "demo").get(BASE.formatted(LLH)).json();
        JsonNode minutes = null;
        for (JsonNode item : catalog)
            if (minutes == null && item.get("label").asString().startsWith("Compte rendu — ")) minutes = item;
        assertThat(minutes).as("a held meeting is listed: " + catalog).isNotNull();
        String label = minutes.get("label").asString();
        assertThat(label).containsPattern(" du \\d{1,2}(er)? [a-zéû]+ \\d{4}");
        File word =
                download("lecteur", minutes.get("formats").get(0).get("href").asString());
        assertThat(word.status()).isEqualTo(200);
        String wordText;
        try (var document =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(word.bytes()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            wordText = extractor.getText();
        }
        File printed =
                download("caf-nord", minutes.get("formats").get(1).get("href").asString());
        assertThat(printed.status()).isEqualTo(200);
        assertThat(printed.disposition()).contains("compte-rendu-");
        for (String text : List.of(wordText, pdfToText(printed.bytes()))) {
            assertThat(squeezed(text))
                    .contains(squeezed("COMPTE RENDU DE RÉUNION"), squeezed("Participants"))
                    .contains(squeezed("Ordre du jour"), squeezed("Décisions"), squeezed("Réunion du "));
        }
        assertThat(bookmarks(printed.bytes())).contains("Participants", "Ordre du jour", "Décisions", "Compte rendu");
        assertThat(download("caf-nord", BASE.formatted(LLH) + "/minutes/" + java.util.UUID.randomUUID() + "/pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theFinancingStatementPrintsEachStructureWithItsParameters() throws Exception {
        JsonNode catalog =
                Api.as(port, "caf-nord", "demo").get(BASE.formatted(LLH)).json();
        assertThat(catalog.findValuesAsString("label")).contains("État de financement par structure");
        File file = download("lecteur", BASE.formatted(LLH) + "/financing-statement/pdf");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.disposition()).contains("etat-financement-").contains(".pdf");
        String raw = pdfToText(file.bytes());
        assertThat(squeezed(raw))
                .contains(squeezed("État de financement par structure"), squeezed("Paramètres utilisés"))
                .contains(squeezed("Total sur la convention :"), squeezed("En vigueur depuis le"));
        assertThat(raw).containsPattern("\\d €").doesNotContain("null");
        assertThat(bookmarks(file.bytes())).isNotEmpty();
    }

    @Test
    void outOfReachIsNotFoundAndAYearOutsideTheConventionToo() throws Exception {
        assertThat(download("lens", BASE.formatted(LLH) + "/annual-review/2022/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "lens", "demo").get(BASE.formatted(LLH)).status())
                .isEqualTo(404);
        assertThat(download("caf-nord", BASE.formatted(LLH) + "/annual-review/2030/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(download("lens", "/conventions/" + LLH + "/documents/other/final-bilan/pdf")
                        .status())
                .isIn(302, 404);
    }
}
