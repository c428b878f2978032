package fr.pilotectg.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Import and export through the API on PostgreSQL: a 500-row XLSX with 3 bad lines is refused line by line in French,
 * nothing is half imported, the corrected file imports cleanly, and an export imports back unchanged.
 */
@IntegrationTest
class EquipmentImportIntegrationTests {

    static final List<String> HEADERS = List.of(
            "Type de structure",
            "Nom de la structure",
            "Gestionnaire",
            "Catégorie",
            "Adresse",
            "Code postal",
            "Ville",
            "Code INSEE",
            "Capacité",
            "Unité",
            "Latitude",
            "Longitude",
            "Remarques");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** 500 rows in Armentières (59017); one in 25 located in the QPV Attargette - Chanzy; line numbers start at 2. */
    static List<List<Object>> rows(String prefix) {
        List<List<Object>> rows = new ArrayList<>();
        String[] types = {"Multi-accueil", "ALSH périscolaire", "Ludothèque", "LAEP", "Micro-crèche PAJE"};
        String[] units = {"places", "actes", "actes", "actes", "places"};
        for (int i = 0; i < 500; i++) {
            int t = i % types.length;
            boolean located = i % 25 == 0;
            rows.add(new ArrayList<>(List.of(
                    types[t],
                    prefix + " structure " + i,
                    "Association " + (i % 7),
                    "associatif",
                    (i + 1) + " rue de l’Import",
                    "59280",
                    "Armentières",
                    "59017",
                    (double) (10 + i % 40),
                    units[t],
                    located ? 50.69285 : "",
                    located ? 2.87829 : "",
                    "")));
        }
        return rows;
    }

    static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Équipements");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) header.createCell(c).setCellValue(headers.get(c));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Double d) row.createCell(c).setCellValue(d);
                    else if (!String.valueOf(v).isEmpty()) row.createCell(c).setCellValue(String.valueOf(v));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long countWithPrefix(String prefix) {
        return jdbc.sql("SELECT count(*) FROM equipment.equipment WHERE name LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    private static JsonNode line(JsonNode report, int number) {
        for (JsonNode line : report.get("lines")) if (line.get("line").asInt() == number) return line;
        throw new AssertionError("no line " + number);
    }

    @Test
    void fiveHundredRowsWithThreeBadLinesAreRefusedLineByLineThenImportCleanlyOnceCorrected() {
        String prefix = "Import " + UUID.randomUUID().toString().substring(0, 8);
        EquipmentHttp caf = new EquipmentHttp(port, "caf-nord");
        List<List<Object>> rows = rows(prefix);
        rows.get(10).set(7, "99999"); // line 12: unknown commune
        rows.get(20).set(8, -5.0); // line 22: negative capacity
        rows.get(30).set(8, "douze"); // line 32: not a number
        rows.get(40).set(0, "RAM"); // line 42: a RAM counted in actes: a warning only
        rows.get(40).set(9, "actes");

        EquipmentHttp.Reply dryRun =
                caf.upload("/api/v1/equipments/imports?mode=dry-run", "registre.xlsx", xlsx(HEADERS, rows));
        assertThat(dryRun.status()).as(dryRun.text()).isEqualTo(200);
        JsonNode report = dryRun.json();
        assertThat(report.get("total").asInt()).isEqualTo(500);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.get("created").asInt()).isEqualTo(497);
        assertThat(line(report, 12).get("outcome").asString()).isEqualTo("REJECT");
        assertThat(line(report, 12).get("messages").get(0).get("text").asString())
                .isEqualTo("Commune inconnue : « 99999 » (indiquez le code INSEE ou le nom exact).");
        assertThat(line(report, 22).get("messages").get(0).get("text").asString())
                .contains("ne peut pas être négative");
        assertThat(line(report, 32).get("messages").get(0).get("text").asString())
                .isEqualTo("La capacité « douze » n’est pas un nombre.");
        assertThat(line(report, 42).get("outcome").asString()).isEqualTo("CREATE");
        assertThat(line(report, 42).get("messages").get(0).get("error").asBoolean())
                .isFalse();
        assertThat(line(report, 42).get("messages").get(0).get("text").asString())
                .startsWith("Avertissement");
        assertThat(countWithPrefix(prefix)).isZero();

        EquipmentHttp.Reply refused =
                caf.upload("/api/v1/equipments/imports?mode=commit", "registre.xlsx", xlsx(HEADERS, rows));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("IMPORT_REJECTED");
        assertThat(refused.json().get("report").get("rejected").asInt()).isEqualTo(3);
        assertThat(countWithPrefix(prefix)).as("nothing half imported").isZero();

        rows.get(10).set(7, "Armentières");
        rows.get(20).set(8, 5.0);
        rows.get(30).set(8, "12");
        EquipmentHttp.Reply committed =
                caf.upload("/api/v1/equipments/imports?mode=commit", "registre.xlsx", xlsx(HEADERS, rows));
        assertThat(committed.status()).as(committed.text()).isEqualTo(200);
        assertThat(committed.json().get("committed").asBoolean()).isTrue();
        assertThat(committed.json().get("created").asInt()).isEqualTo(500);
        assertThat(countWithPrefix(prefix)).isEqualTo(500);
        long inQpv = jdbc.sql(
                        "SELECT count(*) FROM equipment.equipment WHERE name LIKE :p AND qpv_code = 'QN05967M' AND qpv_origin = 'COMPUTED'")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
        assertThat(inQpv).isEqualTo(20);

        JsonNode again = caf.upload("/api/v1/equipments/imports?mode=dry-run", "registre.xlsx", xlsx(HEADERS, rows))
                .json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(500);

        rows.get(0).set(8, 99.0);
        JsonNode update = caf.upload("/api/v1/equipments/imports?mode=commit", "registre.xlsx", xlsx(HEADERS, rows))
                .json();
        assertThat(update.get("updated").asInt()).isEqualTo(1);
        assertThat(update.get("unchanged").asInt()).isEqualTo(499);
    }

    @Test
    void duplicatesBadFilesAndTooLargeFilesAreRefusedInFrench() {
        String prefix = "Doublon " + UUID.randomUUID().toString().substring(0, 8);
        EquipmentHttp caf = new EquipmentHttp(port, "caf-nord");
        List<List<Object>> rows = rows(prefix).subList(0, 3);
        rows = new ArrayList<>(rows);
        rows.add(new ArrayList<>(rows.get(1)));
        JsonNode report = caf.upload("/api/v1/equipments/imports?mode=dry-run", "doublons.xlsx", xlsx(HEADERS, rows))
                .json();
        assertThat(line(report, 5).get("outcome").asString()).isEqualTo("REJECT");
        assertThat(line(report, 5).get("messages").get(0).get("text").asString())
                .isEqualTo("Doublon de la ligne 3 (même nom, même adresse, même type et même commune).");

        EquipmentHttp.Reply notXlsx = caf.upload(
                "/api/v1/equipments/imports?mode=dry-run",
                "registre.xlsx",
                "ceci n’est pas un classeur".getBytes(StandardCharsets.UTF_8));
        assertThat(notXlsx.status()).isEqualTo(422);
        assertThat(notXlsx.json().get("code").asString()).isEqualTo("UPLOAD_NOT_A_SPREADSHEET");
        assertThat(notXlsx.json().get("detail").asString())
                .contains("n’est ni un classeur XLSX ni un fichier CSV lisible");

        byte[] zipButNotXlsx = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        assertThat(caf.upload("/api/v1/equipments/imports?mode=dry-run", "x.xlsx", zipButNotXlsx)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("UPLOAD_NOT_A_SPREADSHEET");

        byte[] large = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        EquipmentHttp.Reply tooLarge = caf.upload("/api/v1/equipments/imports?mode=dry-run", "gros.csv", large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("UPLOAD_TOO_LARGE");
        assertThat(tooLarge.json().get("detail").asString()).contains("la taille maximale est de 20,0 Mo");
    }

    @Test
    void anExportImportsBackUnchanged() {
        String prefix = "Export " + UUID.randomUUID().toString().substring(0, 8);
        EquipmentHttp caf = new EquipmentHttp(port, "caf-nord");
        List<List<Object>> rows = new ArrayList<>(rows(prefix).subList(0, 30));
        rows.get(3).set(12, "Deux sites ; remarque");
        assertThat(caf.upload("/api/v1/equipments/imports?mode=commit", "registre.xlsx", xlsx(HEADERS, rows))
                        .status())
                .isEqualTo(200);
        String filter = "communes=59017&status=OPEN&q=" + prefix.replace(" ", "%20");

        EquipmentHttp.Reply xlsx = caf.get("/api/v1/equipments/export?format=xlsx&" + filter);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        JsonNode fromXlsx = caf.upload("/api/v1/equipments/imports?mode=dry-run", "export.xlsx", xlsx.body())
                .json();
        assertThat(fromXlsx.get("total").asInt()).isEqualTo(30);
        assertThat(fromXlsx.get("unchanged").asInt()).as(fromXlsx.toString()).isEqualTo(30);

        EquipmentHttp.Reply csv = caf.get("/api/v1/equipments/export?format=csv&" + filter);
        assertThat(csv.text()).startsWith("\uFEFFType;Nom;Gestionnaire");
        JsonNode fromCsv = caf.upload("/api/v1/equipments/imports?mode=dry-run", "export.csv", csv.body())
                .json();
        assertThat(fromCsv.get("unchanged").asInt()).as(fromCsv.toString()).isEqualTo(30);
    }
}
