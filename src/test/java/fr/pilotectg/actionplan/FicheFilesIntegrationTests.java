package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.actionplan.domain.FileKind;
import fr.pilotectg.platform.PageSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: files attached to a fiche, stored in PostgreSQL — the type recognised by the first bytes (a program named
 * « .pdf » refused, a DOCX recognised whatever its name), at most 10 Mo, downloaded as an attachment by whoever reads
 * the convention, 404 for someone out of reach; a reader adds nothing (403).
 */
@IntegrationTest
class FicheFilesIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    private static final Pattern LINK = Pattern.compile("href=\"(/fiches/[^/]+/pieces-jointes/[0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void kindsAreRecognisedByTheirBytes() throws IOException {
        assertThat(FileKind.detect("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileKind.PDF);
        assertThat(FileKind.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .contains(FileKind.JPEG);
        assertThat(FileKind.detect(zip("word/document.xml", "<w/>"))).contains(FileKind.DOCX);
        assertThat(FileKind.detect(zip("xl/workbook.xml", "<x/>"))).contains(FileKind.XLSX);
        assertThat(FileKind.detect(zip("mimetype", "application/vnd.oasis.opendocument.text")))
                .contains(FileKind.ODT);
        assertThat(FileKind.detect(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")))
                .isEmpty();
        assertThat(FileKind.detect(zip("evil.exe", "MZ"))).isEmpty();
        assertThat(FileKind.detect(zip2("word/document.xml", "word/vbaProject.bin")))
                .isEmpty();
        assertThat(FileKind.detect(zip2("xl/workbook.xml", "xl/vbaProject.bin")))
                .isEmpty();
        assertThat(FileKind.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(FileKind.detect(new byte[0])).isEmpty();
    }

    @Test
    void aFileIsStoredCheckedAndDownloadedAsAnAttachment() throws Exception {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String convention = fixtures.signedConvention(Fixtures.unique("CTG pièces jointes"));
        String fiche = fixtures.fiche(convention, "Fiche avec pièces").get("id").asString();
        String path = "/fiches/" + fiche + "/pieces-jointes";
        Path dir = Files.createTempDirectory("fiche-files");

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get("/fiches/" + fiche);
        byte[] pdf = "%PDF-1.4\n% compte rendu\n".getBytes(StandardCharsets.US_ASCII);
        PageSession.Page sent = caf.postFile(path, Map.of(), "../../compte rendu.pdf", write(dir, "a.pdf", pdf));
        assertThat(sent.location()).endsWith("/fiches/" + fiche + "#pieces-jointes");
        String page = caf.get("/fiches/" + fiche).body();
        assertThat(page)
                .contains("La pièce jointe a été ajoutée.")
                .contains("compte rendu.pdf")
                .contains("1 pièce jointe");

        caf.postFile(
                path,
                Map.of(),
                "programme.pdf",
                write(dir, "b.pdf", "MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(caf.get("/fiches/" + fiche).body()).contains("le type est reconnu au contenu du fichier");
        caf.postFile(path, Map.of(), "tableau.bin", write(dir, "c.bin", zip("word/document.xml", "<w/>")));
        assertThat(caf.get("/fiches/" + fiche).body()).contains("La pièce jointe a été ajoutée.");
        byte[] large = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        caf.postFile(path, Map.of(), "gros.pdf", write(dir, "d.pdf", large));
        String after = caf.get("/fiches/" + fiche).body();
        assertThat(after)
                .contains("Le fichier dépasse 10 Mo.")
                .contains("tableau.docx")
                .contains("2 pièces jointes");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_event WHERE entity_id = :f AND action = 'file-attached'")
                        .param("f", fiche)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        Matcher link = LINK.matcher(after);
        assertThat(link.find()).isTrue();
        String download = link.group(1);
        HttpResponse<byte[]> file = get(download, caf.cookie());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.body()).isEqualTo(pdf);

        PageSession lens = PageSession.signIn(port, "lens", "demo");
        assertThat(get(download, lens.cookie()).statusCode()).isEqualTo(404);
        lens.get("/");
        assertThat(lens.postFile(path, Map.of(), "x.pdf", write(dir, "e.pdf", pdf))
                        .status())
                .isEqualTo(404);

        String remove = download + "/supprimer";
        caf.get("/fiches/" + fiche);
        caf.post(remove, Map.of());
        assertThat(caf.get("/fiches/" + fiche).body())
                .contains("La pièce jointe a été retirée.")
                .contains("1 pièce jointe");
        assertThat(get(download, caf.cookie()).statusCode()).isEqualTo(404);
    }

    @Test
    void aReaderDownloadsButAddsNothing() throws Exception {
        String fiche = jdbc.sql(
                        "SELECT id::text FROM actionplan.fiche WHERE convention_id = :c::uuid ORDER BY position LIMIT 1")
                .param("c", LLH)
                .query(String.class)
                .single();
        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        assertThat(reader.get("/fiches/" + fiche).body())
                .contains("id=\"pieces-jointes\"")
                .doesNotContain("id=\"joindre\"");
        Path file = write(
                Files.createTempDirectory("fiche-files"), "r.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertThat(reader.postFile("/fiches/" + fiche + "/pieces-jointes", Map.of(), "r.pdf", file)
                        .status())
                .isEqualTo(403);
    }

    private HttpResponse<byte[]> get(String path, String cookie) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", cookie)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] zip2(String first, String second) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : new String[] {first, second}) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(1);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
