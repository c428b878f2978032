package fr.pilotectg.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caf figures imported from a small CSV through the API: a dry run line by line in French that saves nothing, an
 * all-or-nothing import marked IMPORTED, a refused file, a stale version.
 */
@IntegrationTest
class FigureImportIntegrationTests {

    static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";

    @Autowired
    JdbcClient jdbc;

    /** A convention of the test's own (Armentières, 59017): the demo diagnostics are only read. */
    private String own;

    private String PATH;

    @BeforeEach
    void ownConvention() {
        own = Fixtures.of(port, jdbc).draftIn(Fixtures.unique("CTG essai import de chiffres"), "59017");
        PATH = "/api/v1/conventions/" + own + "/diagnostic";
        // A new convention's diagnostic is stored on its first change: store it, so that versions are told apart.
        Api.Response stored = Api.as(port, "caf-nord", "demo")
                .put(
                        PATH + "/analyses/CONTEXT",
                        "{\"version\":0,\"status\":\"IN_PROGRESS\",\"text\":\"Brouillon\",\"dataSources\":[]}");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    }

    @LocalServerPort
    int port;

    record Reply(int status, JsonNode json) {}

    private Reply postCsv(String query, String csv) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + PATH + "/figures/import" + query))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("caf-nord:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), JsonMapper.builder().build().readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode diagnostic() {
        return Api.as(port, "caf-nord", "demo").get(PATH).json();
    }

    private static JsonNode figure(JsonNode diagnostic, String scope, String kind) {
        for (JsonNode f : diagnostic.get("figures")) {
            if (f.get("scope").asString().equals(scope)
                    && f.get("kind").asString().equals(kind)) return f;
        }
        return null;
    }

    @Test
    void aDryRunReportsEachLineInFrenchThenTheImportRecordsEveryFigureOrNone() {
        String bad = """
                portée;indicateur;valeur;année;source
                Territoire;Allocataires;52 310;2023;Caf du Nord, fichier allocataires (test import)
                EPCI;Part de la population couverte par la Caf;61,2;2023;Caf du Nord (test import)
                Quartier;POPULATION;100;2023;Test
                DEPARTEMENT;CAF_COVERED_SHARE;beaucoup;2023;
                """;
        int version = diagnostic().get("version").asInt();
        Reply dryRun = postCsv("", bad);
        assertThat(dryRun.status()).as(dryRun.json().toString()).isEqualTo(200);
        assertThat(dryRun.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(dryRun.json().get("rejected").asInt()).isEqualTo(2);
        JsonNode lines = dryRun.json().get("lines");
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(0).get("value").asInt()).isEqualTo(52310);
        assertThat(lines.get(2).get("problems").get(0).get("message").asString())
                .isEqualTo("Portée inconnue : « Quartier » (Territoire, EPCI ou Département).");
        assertThat(lines.get(3).get("problems").findValuesAsString("code"))
                .contains("FIGURE_NOT_A_NUMBER", "FIGURE_SOURCE_REQUIRED");
        assertThat(lines.get(3).get("problems").findValuesAsString("message"))
                .contains("« beaucoup » n’est pas un nombre.");
        assertThat(diagnostic().get("version").asInt()).isEqualTo(version);

        Reply refused = postCsv("?dryRun=false&version=" + version, bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("FIGURE_IMPORT_REJECTED");
        assertThat(figure(diagnostic(), "EPCI", "CAF_COVERED_SHARE")).isNull();

        String good = bad.lines().limit(3).reduce("", (a, b) -> a + b + "\n");
        Reply imported = postCsv("?dryRun=false&version=" + version, good);
        assertThat(imported.status()).as(imported.json().toString()).isEqualTo(200);
        assertThat(imported.json().get("imported").asBoolean()).isTrue();
        assertThat(imported.json().get("version").asInt()).isEqualTo(version + 1);
        JsonNode share = figure(diagnostic(), "EPCI", "CAF_COVERED_SHARE");
        assertThat(share.get("value").decimalValue()).isEqualByComparingTo("61.2");
        assertThat(share.get("origin").asString()).isEqualTo("IMPORTED");
        assertThat(figure(diagnostic(), "TERRITORY", "ALLOCATAIRES")
                        .get("source")
                        .asString())
                .contains("test import");
        assertThat(Api.as(port, "caf-nord", "demo")
                        .get("/api/v1/audit?entityType=diagnostic&entityId=" + own)
                        .body())
                .contains("figures-imported");

        Reply stale = postCsv("?dryRun=false&version=" + version, good);
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void aFileWithoutItsColumnsIsRefusedAsAWhole() {
        Reply noHeader = postCsv("", "Territoire;Allocataires;52310\n");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.json().get("fields").get(0).get("code").asString())
                .isEqualTo("FIGURE_IMPORT_COLUMNS_MISSING");
        assertThat(postCsv("", "").status()).isEqualTo(400);
    }

    /** Issue 16: the example the import page shows has French headers and values, and imports as shown. */
    @Test
    void theExampleOfTheImportPageHasFrenchHeadersAndIsAccepted() {
        String example = messages.getMessage("diagnostic.import.example", null, java.util.Locale.FRANCE)
                .replace("\\n", "\n");
        assertThat(example.lines().findFirst().orElseThrow()).isEqualTo("portée;indicateur;valeur;année;source");
        assertThat(example).doesNotContain("TERRITORY", "ALLOCATAIRES", "scope");
        Reply dryRun = postCsv("", example + "\n");
        assertThat(dryRun.status()).as(dryRun.json().toString()).isEqualTo(200);
        assertThat(dryRun.json().get("rejected").asInt()).isZero();
        assertThat(dryRun.json().get("accepted").asInt()).isEqualTo(2);
        Reply noHeader = postCsv("", "Territoire;Allocataires;52310\n");
        assertThat(noHeader.json().get("fields").get(0).get("message").asString())
                .contains("portée", "indicateur", "valeur", "année")
                .doesNotContain("scope");
    }

    @Autowired
    org.springframework.context.MessageSource messages;
}
