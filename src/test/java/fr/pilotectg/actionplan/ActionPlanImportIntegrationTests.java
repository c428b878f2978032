package fr.pilotectg.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bulk import (dry run line by line, then all or nothing) and XLSX export of a plan, through the API. */
@IntegrationTest
class ActionPlanImportIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";
    static final String ARMENTIERES = "6c1f0f1e-2023-4c71-8a11-0000000000a2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<byte[]> send(String user, HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        request.header("Authorization", "Basic " + basic).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode upload(String convention, String filename, byte[] file, boolean dryRun) throws Exception {
        String boundary = "----pilote" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = send(
                "caf-nord",
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conventions/" + convention
                                + "/plan/import?dryRun=" + dryRun))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private int ficheCount(String convention) {
        return Api.as(port, "caf-nord", "demo")
                .get("/api/v1/conventions/" + convention + "/plan")
                .json()
                .get("ficheCount")
                .asInt();
    }

    @Test
    void aCsvIsCheckedLineByLineAndImportedAllOrNothing() throws Exception {
        String csv = """
                Axe;Titre de l’action;Avancement (%);Public cible;Échéances de réalisation;Partenaires sollicités
                1;Import CSV — ludothèque itinérante;10;Familles;"30/06/2024 : Premier circuit
                31/12/2025 : Bilan";"Centre social
                Médiathèque"
                1;Import CSV — ligne fautive;140;Parents;31/02/2024 : Date impossible;
                Axe inconnu;Import CSV — axe inconnu;0;;;
                """;
        // Into a convention of the test's own whose first axis is "1": the demo plans are only read.
        Fixtures fixtures = Fixtures.of(port, jdbc);
        String ARMENTIERES = fixtures.signedConvention(Fixtures.unique("CTG essai import de fiches"));
        fixtures.axis(ARMENTIERES, "Axe 1 (import)");
        int before = ficheCount(ARMENTIERES);
        JsonNode dry = upload(ARMENTIERES, "fiches.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(dry.get("lineCount").asInt()).isEqualTo(3);
        assertThat(dry.get("lines").get(0).get("ok").asBoolean()).isTrue();
        assertThat(dry.get("lines").get(1).get("problems").findValuesAsString("code"))
                .contains("FICHE_IMPORT_DATE_INVALID", "FICHE_PROGRESS_INVALID");
        assertThat(dry.get("lines")
                        .get(2)
                        .get("problems")
                        .findValuesAsString("message")
                        .get(0))
                .contains("Axe « Axe inconnu » inconnu");
        JsonNode refused = upload(ARMENTIERES, "fiches.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(refused.get("committed").asBoolean()).isFalse();
        assertThat(ficheCount(ARMENTIERES)).as("nothing imported").isEqualTo(before);

        String good = csv.lines().limit(4).reduce("", (a, b) -> a + b + "\n");
        JsonNode imported = upload(ARMENTIERES, "fiches.csv", good.getBytes(StandardCharsets.UTF_8), false);
        assertThat(imported.get("committed").asBoolean()).isTrue();
        assertThat(ficheCount(ARMENTIERES)).isEqualTo(before + 1);
        assertThat(Api.as(port, "caf-nord", "demo")
                        .get("/api/v1/conventions/" + ARMENTIERES + "/plan")
                        .body())
                .contains("Import CSV — ludothèque itinérante", "Médiathèque");
    }

    @Test
    void theLillePlanIsExportedToXlsxAndAnExportedSheetImportsBack() throws Exception {
        HttpResponse<byte[]> export = send(
                "caf-nord",
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/conventions/" + LLH + "/plan/export"))
                        .GET());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .containsPattern("filename=\"plan-actions-[a-z0-9-]*lille[a-z0-9-]*-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet)
                            .getCTWorksheet()
                            .isSetAutoFilter())
                    .as("autofilter on the header row")
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Titre de l’action");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("Diagnostic partagé de territoire et pilotage de la CTG — Lille");
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue())
                    .contains("31/12/2022 : Construction du diagnostic global");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(9);
            try (var copy = new XSSFWorkbook()) {
                Sheet one = copy.createSheet("fiches");
                for (int r = 0; r <= 1; r++) {
                    Row row = one.createRow(r);
                    for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                        var cell = sheet.getRow(r).getCell(c);
                        row.createCell(c)
                                .setCellValue(
                                        cell == null
                                                ? ""
                                                : new org.apache.poi.ss.usermodel.DataFormatter()
                                                        .formatCellValue(cell));
                    }
                }
                one.getRow(1).getCell(1).setCellValue("1");
                var out = new ByteArrayOutputStream();
                copy.write(out);
                JsonNode dry = upload(LLH, "plan.xlsx", out.toByteArray(), true);
                assertThat(dry.get("allOk").asBoolean()).as(dry.toString()).isTrue();
                assertThat(dry.get("committed").asBoolean()).isFalse();
            }
        }
    }
}
