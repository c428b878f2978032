package fr.pilotectg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annual review of a convention with 500 fiches (one in five late) and 500 indicators with 2 000 values (4 years),
 * page and API (run with `./mvnw -Pbenchmark verify`). The fiches and indicators are written straight into the tables
 * of a convention created for the purpose. Each URL is called 10 times to warm up, then 40 times; the median and 95th
 * percentile are printed. The target is under 300 ms. A benchmark reports figures; it does not fail on them.
 */
@IntegrationTest
@Tag("benchmark")
class EvaluationBenchmarkTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private UUID org(String name) {
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name").param("name", name).query(UUID.class).single();
    }

    @Test
    void annualReviewOf500FichesAnd2000Values() throws Exception {
        Api caf = Api.as(port, "caf-nord", "demo");
        Api.Response created = caf.post("/api/v1/conventions", """
                {"title":"CTG banc d’essai évaluation","start":"2021-01-01","end":"2024-12-31","communes":["59017"],
                 "signatories":[{"organisationId":"%s","representatives":[{"name":"Directrice","role":"DIRECTOR"}]},
                   {"organisationId":"%s","representatives":[{"name":"Maire","role":"MAYOR","title":"Maire"}]}],
                 "domains":["PETITE_ENFANCE","PARENTALITE"],"missions":[{"code":"M1","enjeux":["E1"]}]}
                """.formatted(org("Caisse d'allocations familiales du Nord"), org("Ville d'Armentières")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID convention = UUID.fromString(created.json().get("id").asString());
        UUID axis = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO actionplan.axis (id, convention_id, position, title, version, created_at, created_by, updated_at, updated_by)
                VALUES (:id, :c, 1, 'Axe banc d’essai', 0, :now, 'bench', :now, 'bench')""").param("id", axis).param("c", convention)
                .param("now", now).update();
        for (int i = 1; i <= 500; i++) {
            String status = i % 5 == 0 ? "IN_PROGRESS" : i % 3 == 0 ? "DONE" : "VALIDATED";
            String content = """
                    {"title":"Fiche %d","milestones":[{"dueOn":"%s","label":"Échéance","done":false}]}"""
                    .formatted(i, i % 5 == 0 ? "2022-06-30" : "2030-06-30");
            jdbc.sql("""
                    INSERT INTO actionplan.fiche (id, convention_id, axis_id, position, title, status, progress, content, version,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (:id, :c, :axis, :p, :title, :status, :progress, CAST(:content AS jsonb), 0, :now, 'bench', :now, 'bench')""")
                    .param("id", UUID.randomUUID()).param("c", convention).param("axis", axis).param("p", i).param("title", "Fiche " + i)
                    .param("status", status).param("progress", "DONE".equals(status) ? 100 : 40).param("content", content)
                    .param("now", now).update();
        }
        for (int i = 1; i <= 500; i++) {
            StringBuilder measures = new StringBuilder("{");
            for (int y = 2021; y <= 2024; y++) {
                if (y > 2021) measures.append(',');
                measures.append("\"%d\":{\"value\":%d,\"enteredBy\":\"bench\",\"enteredAt\":\"2024-01-01T10:00:00+01:00\"}".formatted(y, i + y - 2000));
            }
            measures.append('}');
            jdbc.sql("""
                    INSERT INTO evaluation.indicator (id, convention_id, name, unit, direction, position, targets, measures, version,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (:id, :c, :name, 'NUMBER', 'HIGHER_IS_BETTER', :p, CAST('{"2022": 30, "2024": 40}' AS jsonb),
                        CAST(:measures AS jsonb), 0, :now, 'bench', :now, 'bench')""")
                    .param("id", UUID.randomUUID()).param("c", convention).param("name", "Indicateur " + i).param("p", i)
                    .param("measures", measures.toString()).param("now", now).update();
        }

        HttpClient pages = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(pages);
        String basic = "Basic " + Base64.getEncoder().encodeToString("caf-nord:demo".getBytes(StandardCharsets.UTF_8));
        Map<String, List<Long>> timings = new LinkedHashMap<>();
        timings.put("page annual review 2023", time(pages, "/conventions/" + convention + "/evaluation/revues/2023", null));
        timings.put("api  annual review 2023", time(HttpClient.newHttpClient(), "/api/v1/conventions/" + convention + "/reviews/2023", basic));
        timings.put("page action plan table (500 fiches)", time(pages, "/conventions/" + convention + "/plan", null));
        timings.put("page milestone calendar (500 fiches)", time(pages, "/conventions/" + convention + "/plan/calendrier", null));
        timings.put("api  action plan (500 fiches)", time(HttpClient.newHttpClient(), "/api/v1/conventions/" + convention + "/plan", basic));
        timings.put("page final bilan", time(pages, "/conventions/" + convention + "/evaluation/bilan", null));
        timings.put("page LLH annual review 2022 (demo)", time(pages, "/conventions/6c1f0f1e-2021-4c71-8a11-0000000000a1/evaluation/revues/2022", null));
        StringBuilder report = new StringBuilder("\nEvaluation benchmark: 500 fiches, 500 indicators, 2 000 values (server round trip, ms)\n");
        report.append(String.format("%-45s %8s %8s %8s%n", "request", "median", "p95", "max"));
        timings.forEach((name, values) -> report.append(String.format("%-45s %8.1f %8.1f %8.1f%n", name, pct(values, 50), pct(values, 95),
                pct(values, 100))));
        org.slf4j.LoggerFactory.getLogger(EvaluationBenchmarkTests.class).warn(report.toString());
    }

    private List<Long> time(HttpClient client, String path, String authorization) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (authorization != null) request.header("Authorization", authorization);
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) throw new IllegalStateException(path + " answered " + response.statusCode());
            if (i >= 10) nanos.add(elapsed);
        }
        return nanos;
    }

    private static double pct(List<Long> values, int percentile) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private void signIn(HttpClient client) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=caf-nord&password=demo&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
