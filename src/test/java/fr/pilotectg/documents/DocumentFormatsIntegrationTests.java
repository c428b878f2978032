package fr.pilotectg.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, point 5: the generated DOCX of the demo Lille – Lomme – Hellemmes convention opens in LibreOffice, which
 * converts it to PDF (headless) with every article and annex title in its text (pdftotext); and the generated PDF has
 * what PDF/A-2u asks that can be checked without veraPDF (not installable here): the XMP identification part 2,
 * conformance U, an sRGB output intent GTS_PDFA1 with its ICC profile, every font embedded on every page, no encryption,
 * a document id, the XMP title matching the document information.
 */
@IntegrationTest
class DocumentFormatsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private byte[] file(UUID id, String column) {
        return jdbc.sql("SELECT " + column + " FROM documents.generated_document WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    @Test
    void libreOfficeConvertsTheDocxWithEveryArticleAndThePdfIsPdfA2u() throws Exception {
        assertThat(available("soffice"))
                .as("LibreOffice is required: apt-get install libreoffice-writer-nogui (see .ci/run)")
                .isTrue();
        JsonNode doc = GeneratedDocuments.document(
                Api.as(port, "caf-nord", "demo"), DocumentsApiIntegrationTests.LLH, "{\"kind\":\"DRAFT\"}");
        UUID id = UUID.fromString(doc.get("id").asString());

        String converted = DocumentsApiIntegrationTests.squeezed(
                DocumentsApiIntegrationTests.pdfToText(libreOfficePdf(file(id, "docx"))));
        for (String title : DocumentsApiIntegrationTests.ARTICLES)
            assertThat(converted).as(title).contains(DocumentsApiIntegrationTests.squeezed(title));

        try (PDDocument pdf = Loader.loadPDF(file(id, "pdf"))) {
            assertThat(pdf.isEncrypted()).isFalse();
            assertThat(pdf.getDocument().getDocumentID()).isNotNull();
            var metadata = pdf.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata").isNotNull();
            XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
            PDFAIdentificationSchema id2 = xmp.getPDFAIdentificationSchema();
            assertThat(id2.getPart()).isEqualTo(2);
            assertThat(id2.getConformance()).isEqualTo("U");
            assertThat(xmp.getDublinCoreSchema().getTitle())
                    .isEqualTo(pdf.getDocumentInformation().getTitle());
            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertThat(intents).isNotEmpty();
            assertThat(intents.get(0).getCOSObject().getNameAsString("S")).isEqualTo("GTS_PDFA1");
            assertThat(intents.get(0).getDestOutputIntent()).as("ICC profile").isNotNull();
            var notEmbedded = new ArrayList<String>();
            int pages = 0;
            for (PDPage page : pdf.getPages()) {
                pages++;
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) notEmbedded.add(font.getName());
                }
            }
            assertThat(pages).isGreaterThan(10);
            assertThat(notEmbedded).as("fonts not embedded").isEmpty();
        }
    }

    private static boolean available(String command) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + command).start();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** The DOCX converted to PDF by LibreOffice headless, with a profile of its own (parallel runs do not clash). */
    private static byte[] libreOfficePdf(byte[] docx) throws Exception {
        Path dir = Files.createTempDirectory("soffice");
        Path in = dir.resolve("convention.docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=file://" + dir.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        in.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Path out = dir.resolve("convention.pdf");
        assertThat(out).as(output).exists();
        return Files.readAllBytes(out);
    }
}
