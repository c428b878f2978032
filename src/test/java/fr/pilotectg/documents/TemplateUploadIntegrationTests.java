package fr.pilotectg.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Caf's Word template through the API: a new wording of « Durée » is kept as the Caf's next version and served as
 * the template in force; an unknown or malformed placeholder, or a file that is no .docx, is refused naming what is
 * wrong, and nothing replaces the template in force. The uploads go to a Caf id of their own (no demo Caf changes).
 */
@IntegrationTest
public class TemplateUploadIntegrationTests {

    static final String NEW_WORDING =
            "Nouvelle rédaction de la Caf : la convention court du {{startText}} au {{endText}}.";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, byte[] body) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(new String(body, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aNewWordingBecomesTheCafsNextVersion() throws Exception {
        UUID caf = UUID.randomUUID();
        Reply before = get("admin", "/api/v1/document-templates/current?cafId=" + caf);
        assertThat(before.status()).isEqualTo(200);
        assertThat(text(before.body())).doesNotContain("Nouvelle rédaction de la Caf");

        Reply uploaded = upload("admin", caf, withDuration(NEW_WORDING));
        assertThat(uploaded.status())
                .as(new String(uploaded.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        assertThat(uploaded.json().get("version").asString()).isEqualTo("caf-1");
        Reply after = get("admin", "/api/v1/document-templates/current?cafId=" + caf);
        assertThat(text(after.body())).contains("Nouvelle rédaction de la Caf");

        Reply second = upload("admin", caf, withDuration("Encore une autre rédaction, du {{startText}}."));
        assertThat(second.json().get("version").asString()).isEqualTo("caf-2");
    }

    @Test
    void aBadTemplateIsRefusedNamingWhatIsWrongAndNothingChanges() throws Exception {
        UUID caf = UUID.randomUUID();
        upload("admin", caf, withDuration(NEW_WORDING));

        Reply unknown = upload("admin", caf, withDuration("Durée : {{dureeInconnue}} ans."));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("code").asString()).isEqualTo("DOCUMENT_TEMPLATE_UNKNOWN_PLACEHOLDER");
        assertThat(unknown.json().get("detail").asString()).contains("{{dureeInconnue}}", "Durée : ");

        Reply malformed = upload("admin", caf, withDuration("Du {{startText au {{endText}}."));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("DOCUMENT_TEMPLATE_MALFORMED_PLACEHOLDER");
        assertThat(malformed.json().get("detail").asString()).contains("{{startText au {{endText}}");

        Reply corrupted = upload("admin", caf, "PK pas un document Word".getBytes(StandardCharsets.UTF_8));
        assertThat(corrupted.status()).isEqualTo(400);
        assertThat(corrupted.json().get("code").asString()).isEqualTo("DOCUMENT_TEMPLATE_INVALID");

        assertThat(text(get("admin", "/api/v1/document-templates/current?cafId=" + caf)
                        .body()))
                .contains("Nouvelle rédaction de la Caf");
    }

    @Test
    void onlyTheCafsAgentsAndAdministratorsUpload() throws Exception {
        assertThat(upload("lecteur", null, withDuration(NEW_WORDING)).status()).isEqualTo(403);
        assertThat(upload("lille", null, withDuration(NEW_WORDING)).status()).isEqualTo(403);
        assertThat(upload("caf-nord", UUID.randomUUID(), withDuration(NEW_WORDING))
                        .status())
                .isEqualTo(403);
        assertThat(upload("admin", null, withDuration(NEW_WORDING)).status()).isEqualTo(400);
    }

    public static byte[] withDuration(String wording) throws Exception {
        byte[] shipped;
        try (var in = new ClassPathResource("documents/templates/caf-du-nord.docx").getInputStream()) {
            shipped = in.readAllBytes();
        }
        try (var doc = new XWPFDocument(new ByteArrayInputStream(shipped));
                var out = new ByteArrayOutputStream()) {
            XWPFParagraph duration = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("La présente convention est conclue à compter"))
                    .findFirst()
                    .orElseThrow();
            while (!duration.getRuns().isEmpty()) duration.removeRun(0);
            duration.createRun().setText(wording);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static String text(byte[] docx) throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    Reply get(String user, String path) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic(user))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(r.statusCode(), r.body());
    }

    Reply upload(String user, UUID caf, byte[] file) throws Exception {
        String boundary = "----pilote" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"modele.docx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = caf == null ? "" : "?cafId=" + caf;
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/document-templates" + query))
                        .header("Authorization", basic(user))
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(r.statusCode(), r.body());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
