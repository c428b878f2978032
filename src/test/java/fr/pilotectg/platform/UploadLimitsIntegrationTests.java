package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No upload can exhaust the server: each of the three imports (register, action plan, Caf figures) refuses, through the
 * API and its page, a zip bomb XLSX (a 200 MB sheet compressed to about 700 KB), a 400 000-row XLSX and over-limit CSV
 * files with a stable code and the right status, and the server answers normally right after. A reader gets 403 on
 * every import, dry run included, before the file is read. Files are generated on the fly into temporary files.
 */
@IntegrationTest
class UploadLimitsIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(UploadLimitsIntegrationTests.class);
    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String EQUIPMENT_API = "/api/v1/equipments/imports?mode=dry-run";
    static final String PLAN_API = "/api/v1/conventions/" + LLH + "/plan/import?dryRun=true";
    static final String FIGURES_API = "/api/v1/conventions/" + LLH + "/diagnostic/figures/import?dryRun=true";
    static final String EQUIPMENT_PAGE = "/equipements/imports";
    static final String PLAN_PAGE = "/conventions/" + LLH + "/plan/import";
    static final String FIGURES_PAGE = "/conventions/" + LLH + "/diagnostic/import";

    static Path folder;
    static Path zipBomb;
    static Path manyRows;

    @LocalServerPort
    int port;

    record Reply(int status, String contentType, JsonNode json) {}

    @BeforeAll
    static void files() throws IOException {
        folder = Files.createTempDirectory("pilote-upload-tests");
        zipBomb = zipBomb(folder.resolve("bombe.xlsx"), 200);
        manyRows = rows(folder.resolve("400000-lignes.xlsx"), 400_000);
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) Files.deleteIfExists(file);
        }
        Files.deleteIfExists(folder);
    }

    /** A valid XLSX whose only sheet is {@code megabytes} MB of identical rows: deflate makes it about a thousand times smaller. */
    static Path zipBomb(Path file, int megabytes) throws IOException {
        String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>bombe</t></is></c></row>";
        byte[] block = row.repeat(1024 * 1024 / row.length()).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row>")
                            .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < megabytes; i++) zip.write(block);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** An XLSX of {@code count} data rows of two numbers, written by POI's streaming writer. */
    static Path rows(Path file, int count) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Lignes");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Numéro");
            header.createCell(1).setCellValue("Double");
            for (int i = 1; i <= count; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(2.0 * i);
            }
            workbook.write(out);
        }
        return file;
    }

    /** A CSV of a header and {@code rows} rows of {@code columns} cells of {@code cell} characters. */
    static Path csv(String name, int rows, int columns, int cell) throws IOException {
        Path file = folder.resolve(UUID.randomUUID() + "-" + name);
        String value = "x".repeat(cell);
        String line = String.join(";", java.util.Collections.nCopies(columns, value)) + "\n";
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(";", java.util.Collections.nCopies(columns, "colonne")) + "\n");
            for (int i = 0; i < rows; i++) out.write(line);
        }
        return file;
    }

    // ----------------------------------------------------------------------------------------------------------- HTTP

    private Reply upload(String username, String path, String filename, Path file) {
        String boundary = "----pilote" + UUID.randomUUID();
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(
                            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                            StandardCharsets.UTF_8),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
            return send(
                    username,
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(body));
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply postText(String username, String path, String text) {
        return send(
                username,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "text/csv; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    private Reply send(String username, HttpRequest.Builder request) {
        request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Reply(
                    response.statusCode(),
                    type,
                    type.contains("json") ? JsonMapper.builder().build().readTree(response.body()) : null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo(code);
        assertThat(reply.json().get("detail").asString())
                .as("a French message")
                .isNotBlank()
                .doesNotContain("UPLOAD_");
    }

    /** The server still answers: health, an API call and a page. */
    private void assertServerAnswers() {
        assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(Api.as(port, "caf-nord", "demo")
                        .get("/api/v1/conventions/" + LLH + "/plan")
                        .status())
                .isEqualTo(200);
        PageSession page = PageSession.signIn(port, "caf-nord", "demo");
        assertThat(page.get(PLAN_PAGE).status()).isEqualTo(200);
    }

    private static long heapPeakReset() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            peak += pool.getPeakUsage().getUsed();
            pool.resetPeakUsage();
        }
        return peak;
    }

    // ----------------------------------------------------------------------------------------------------------- tests

    @Test
    void aZipBombIsRefusedByEveryImportAndTheServerStillAnswers() throws IOException {
        assertThat(Files.size(zipBomb)).as("a few hundred KB").isLessThan(1024 * 1024);
        heapPeakReset();
        assertRefused(upload("caf-nord", EQUIPMENT_API, "bombe.xlsx", zipBomb), 422, "UPLOAD_ZIP_BOMB");
        assertRefused(upload("caf-nord", PLAN_API, "bombe.xlsx", zipBomb), 422, "UPLOAD_ZIP_BOMB");
        assertRefused(upload("caf-nord", FIGURES_API, "bombe.xlsx", zipBomb), 422, "UPLOAD_ZIP_BOMB");
        log.info(
                "Zip bomb ({} KB, 200 MB inflated) refused by the three imports; peak heap {} MB",
                Files.size(zipBomb) / 1024,
                heapPeakReset() >> 20);
        assertServerAnswers();

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get(EQUIPMENT_PAGE);
        PageSession.Page page = caf.postFile(EQUIPMENT_PAGE, Map.of(), "bombe.xlsx", zipBomb);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("se décompresse en un volume anormal");
        caf.get(PLAN_PAGE);
        page = caf.postFile(PLAN_PAGE, Map.of("dryRun", "true"), "bombe.xlsx", zipBomb);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("se décompresse en un volume anormal");
        caf.get(FIGURES_PAGE);
        page = caf.postFile(FIGURES_PAGE, Map.of("version", "0"), "bombe.xlsx", zipBomb);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("se décompresse en un volume anormal");
        assertServerAnswers();
    }

    @Test
    void fourHundredThousandRowsAreRefusedByEveryImportAndTheServerStillAnswers() throws IOException {
        heapPeakReset();
        long start = System.nanoTime();
        Reply register = upload("caf-nord", EQUIPMENT_API, "400000.xlsx", manyRows);
        assertRefused(register, 422, "UPLOAD_TOO_MANY_ROWS");
        assertThat(register.json().get("detail").asString()).contains("200").contains("lignes");
        log.info(
                "400 000-row XLSX ({} KB) refused by the register in {} ms; peak heap {} MB",
                Files.size(manyRows) / 1024,
                (System.nanoTime() - start) / 1_000_000,
                heapPeakReset() >> 20);
        assertRefused(upload("caf-nord", PLAN_API, "400000.xlsx", manyRows), 422, "UPLOAD_TOO_MANY_ROWS");
        // The Caf figures' file is small by nature (1 MB): this one is refused on its size before it is read.
        assertRefused(upload("caf-nord", FIGURES_API, "400000.xlsx", manyRows), 413, "UPLOAD_TOO_LARGE");
        assertServerAnswers();

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get(PLAN_PAGE);
        PageSession.Page page = caf.postFile(PLAN_PAGE, Map.of("dryRun", "true"), "400000.xlsx", manyRows);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Le fichier compte plus de 5").contains("lignes de données");
    }

    @Test
    void overLimitCsvFilesAreRefusedWithTheLimitTheyBreak() throws IOException {
        assertRefused(
                upload("caf-nord", EQUIPMENT_API, "lignes.csv", csv("lignes.csv", 200_001, 2, 3)),
                422,
                "UPLOAD_TOO_MANY_ROWS");
        assertRefused(
                upload("caf-nord", PLAN_API, "lignes.csv", csv("lignes.csv", 5_001, 2, 3)),
                422,
                "UPLOAD_TOO_MANY_ROWS");
        assertRefused(
                upload("caf-nord", FIGURES_API, "lignes.csv", csv("lignes.csv", 201, 5, 3)),
                422,
                "UPLOAD_TOO_MANY_ROWS");
        assertRefused(
                postText("caf-nord", FIGURES_API, Files.readString(csv("lignes.csv", 201, 5, 3))),
                422,
                "UPLOAD_TOO_MANY_ROWS");

        Reply columns = upload("caf-nord", EQUIPMENT_API, "colonnes.csv", csv("colonnes.csv", 3, 101, 2));
        assertRefused(columns, 422, "UPLOAD_TOO_MANY_COLUMNS");
        assertThat(columns.json().get("detail").asString())
                .isEqualTo("La ligne 1 compte 101 colonnes : le maximum est de 100.");
        Reply cell = upload("caf-nord", PLAN_API, "cellule.csv", csv("cellule.csv", 2, 2, 20_001));
        assertRefused(cell, 422, "UPLOAD_CELL_TOO_LONG");
        assertThat(cell.json().get("detail").asString())
                .contains("colonne A, ligne 2")
                .containsPattern("20.000 caractères");
        assertRefused(
                upload("caf-nord", PLAN_API, "ligne.csv", csv("ligne.csv", 2, 10, 15_000)),
                422,
                "UPLOAD_LINE_TOO_LONG");
        Reply large = upload("caf-nord", FIGURES_API, "gros.csv", csv("gros.csv", 150, 5, 2_000));
        assertRefused(large, 413, "UPLOAD_TOO_LARGE");
        assertThat(large.json().get("detail").asString()).contains("la taille maximale est de 1,0 Mo");
        assertRefused(
                postText("caf-nord", FIGURES_API, Files.readString(csv("gros.csv", 150, 5, 2_000))),
                413,
                "UPLOAD_TOO_LARGE");
        assertRefused(
                upload("caf-nord", PLAN_API, "ancien.xls", csv("ancien.xls", 1, 2, 2)),
                422,
                "UPLOAD_NOT_A_SPREADSHEET");
        assertServerAnswers();

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get(FIGURES_PAGE);
        PageSession.Page page =
                caf.postFile(FIGURES_PAGE, Map.of("version", "0"), "lignes.csv", csv("lignes.csv", 201, 5, 3));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Le fichier compte plus de 200 lignes de données");
        caf.get(EQUIPMENT_PAGE);
        page = caf.postFile(EQUIPMENT_PAGE, Map.of(), "colonnes.csv", csv("colonnes.csv", 3, 101, 2));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("La ligne 1 compte 101 colonnes");
    }

    @Test
    void aFileOverTheServletLimitGetsAProblemOnTheApiAndAFrenchMessageOnThePage() throws IOException {
        Path huge = csv("enorme.csv", 27 * 1024, 1, 1023);
        Reply api = upload("caf-nord", EQUIPMENT_API, "enorme.csv", huge);
        assertRefused(api, 413, "UPLOAD_TOO_LARGE");
        assertThat(api.json().get("detail").asString()).contains("le serveur accepte au plus");

        PageSession caf = PageSession.signIn(port, "caf-nord", "demo");
        caf.get(EQUIPMENT_PAGE);
        PageSession.Page page = caf.postFile(EQUIPMENT_PAGE, Map.of(), "enorme.csv", huge);
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        assertThat(page.location()).endsWith(EQUIPMENT_PAGE);
        PageSession.Page form = caf.get(EQUIPMENT_PAGE);
        assertThat(form.body()).contains("le serveur accepte au plus");
        assertServerAnswers();
    }

    @Test
    void aReaderGets403OnEveryImportDryRunIncludedBeforeTheFileIsRead() throws IOException {
        Path figures = csv("chiffres.csv", 1, 5, 3);
        for (String path : new String[] {
            EQUIPMENT_API,
            PLAN_API,
            FIGURES_API,
            "/api/v1/equipments/imports?mode=commit",
            "/api/v1/conventions/" + LLH + "/plan/import?dryRun=false"
        }) {
            assertRefused(upload("lecteur", path, "bombe.xlsx", zipBomb), 403, "ACCESS_DENIED");
            assertRefused(upload("lecteur", path, "chiffres.csv", figures), 403, "ACCESS_DENIED");
        }
        assertRefused(postText("lecteur", FIGURES_API, Files.readString(figures)), 403, "ACCESS_DENIED");
        assertRefused(
                postText(
                        "lecteur",
                        "/api/v1/conventions/" + LLH + "/diagnostic/figures/import?dryRun=false&version=0",
                        Files.readString(figures)),
                403,
                "ACCESS_DENIED");

        PageSession reader = PageSession.signIn(port, "lecteur", "demo");
        reader.get("/equipements");
        assertThat(reader.postFile(EQUIPMENT_PAGE, Map.of(), "bombe.xlsx", zipBomb)
                        .status())
                .isEqualTo(403);
        reader.get("/conventions/" + LLH + "/plan");
        assertThat(reader.postFile(PLAN_PAGE, Map.of("dryRun", "true"), "bombe.xlsx", zipBomb)
                        .status())
                .isEqualTo(403);
        assertThat(reader.postFile(PLAN_PAGE, Map.of("dryRun", "true"), "chiffres.csv", figures)
                        .status())
                .isEqualTo(403);
        reader.get("/conventions/" + LLH + "/diagnostic");
        assertThat(reader.postFile(FIGURES_PAGE, Map.of("version", "0"), "bombe.xlsx", zipBomb)
                        .status())
                .isEqualTo(403);
        assertThat(reader.post(FIGURES_PAGE, Map.of("version", "0", "csvText", Files.readString(figures)))
                        .status())
                .isEqualTo(403);
        assertThat(reader.post(
                                FIGURES_PAGE,
                                Map.of("version", "0", "action", "import", "csvText", Files.readString(figures)))
                        .status())
                .isEqualTo(403);
        assertServerAnswers();
    }
}
