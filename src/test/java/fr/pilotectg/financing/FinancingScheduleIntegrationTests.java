package fr.pilotectg.financing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.financing.FinancingTestData.TestCaf;
import fr.pilotectg.platform.PageSession;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule (« échéancier ») of a convention's financing: the page with its chart and tables, and the workbook a Caf
 * finance department opens — numbers as numbers, French headers, frozen header, autofilter, unknown amounts left empty
 * with « non renseigné » beside them, the parameters used — named after the convention and the (fixed) day.
 */
@IntegrationTest
class FinancingScheduleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    FinancingTestData data() {
        return new FinancingTestData(port, jdbc);
    }

    HttpResponse<byte[]> download(String login, String password, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    static Row find(Sheet sheet, String structure, int year, String line) {
        for (Row row : sheet) {
            if (row.getRowNum() == 0) continue;
            if (row.getCell(0).getStringCellValue().equals(structure)
                    && (int) row.getCell(1).getNumericCellValue() == year
                    && row.getCell(2).getStringCellValue().equals(line)) return row;
        }
        throw new AssertionError(structure + " " + year + " " + line);
    }

    @Test
    void theWorkbookHoldsTheScheduleTheLinesAndTheParametersAsAFinanceDepartmentExpects() throws Exception {
        TestCaf caf = data().newCaf();
        String convention = data().conventionWithOisillons(caf);
        HttpResponse<byte[]> response =
                download(caf.agent(), caf.password(), "/api/v1/conventions/" + convention + "/financing/schedule.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("echeancier-ctg-financement-caf-d-essai-")
                .contains("-2026-06-15.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Échéancier");
            assertThat(workbook.getSheetName(1)).isEqualTo("Lignes");
            assertThat(workbook.getSheetName(2)).isEqualTo("Paramètres");
            for (int i = 0; i < 3; i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                        .as(sheet.getSheetName())
                        .isTrue();
            }
            Sheet schedule = workbook.getSheet("Échéancier");
            assertThat(schedule.getRow(0).getCell(3).getStringCellValue()).isEqualTo("2023 (€)");
            Row oisillons = schedule.getRow(1);
            assertThat(oisillons.getCell(0).getStringCellValue()).isEqualTo("Les Oisillons");
            // 2024: 50 400 € of new places, the bonus mixité unknown (fee not known): 1 line left out
            assertThat(oisillons.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(oisillons.getCell(5).getNumericCellValue()).isEqualTo(50400.0);
            assertThat(oisillons.getCell(6).getNumericCellValue()).isPositive();

            Sheet lines = workbook.getSheet("Lignes");
            Row known = find(lines, "Les Oisillons", 2024, "Bonus territoire — places nouvelles");
            assertThat(known.getCell(4).getNumericCellValue()).isEqualTo(50400.0);
            assertThat(known.getCell(4).getCellStyle().getDataFormatString()).contains("€");
            assertThat(known.getCell(6).getStringCellValue()).isEqualTo("estimé");
            Row unknown = find(lines, "Les Oisillons", 2024, "Bonus mixité sociale");
            assertThat(unknown.getCell(4))
                    .as("an unknown amount leaves the cell empty")
                    .isNull();
            assertThat(unknown.getCell(5).getStringCellValue()).isEqualTo("non renseigné");

            Sheet parameters = workbook.getSheet("Paramètres");
            boolean tranche = false;
            for (Row row : parameters)
                tranche |= row.getCell(0).getStringCellValue().startsWith("Bonus territoire, place nouvelle");
            assertThat(tranche).isTrue();
        }
        assertThat(download("lens", "demo", "/api/v1/conventions/" + convention + "/financing/schedule.xlsx")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theSchedulePageShowsTheYearsWithTheirUnknownLinesAndAChartWithItsTable() {
        TestCaf caf = data().newCaf();
        String convention = data().conventionWithOisillons(caf);
        PageSession.Page page = PageSession.signIn(port, caf.agent(), caf.password())
                .get("/conventions/" + convention + "/financement/echeancier");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Échéancier du financement", "Les Oisillons")
                .contains("50\u00a0400,00\u00a0€ + 1 ligne non renseignée")
                .contains("<svg", "aria-label=\"Financement par année et par source\"")
                .contains("echeancier.xlsx");
        assertThat(PageSession.signIn(port, "lens", "demo")
                        .get("/conventions/" + convention + "/financement/echeancier")
                        .status())
                .isEqualTo(404);
        Api.Response json = caf.api(port).get("/api/v1/conventions/" + convention + "/financing");
        assertThat(json.status()).isEqualTo(200);
    }
}
