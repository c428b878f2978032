package fr.pilotectg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.IntegrationTest;
import java.net.http.HttpClient;
import java.time.OffsetDateTime;
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
        return jdbc.sql("SELECT id FROM directory.organisation WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    @Test
    void annualReviewOf500FichesAnd2000Values() throws Exception {
        Api caf = Api.as(port, "caf-nord", "demo");
        Api.Response created = caf.post("/api/v1/conventions", """
                {"title":"CTG banc d’essai évaluation","start":"2021-01-01","end":"2024-12-31","communes":["59017"],
                 "signatories":[{"organisationId":"%s","representatives":[{"name":"Directrice","role":"DIRECTOR"}]},
                   {"organisationId":"%s","representatives":[{"name":"Maire","role":"MAYOR","title":"Maire"}]}],
                 "domains":["PETITE_ENFANCE","PARENTALITE"],"missions":[{"code":"M1","enjeux":["E1"]}]}
                """.formatted(
                        org("Caisse d'allocations familiales du Nord"), org("Ville d'Armentières")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID convention = UUID.fromString(created.json().get("id").asString());
        UUID axis = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.parse("2026-06-15T10:00:00+02:00");
        jdbc.sql("""
                INSERT INTO actionplan.axis (id, convention_id, position, title, version, created_at, created_by, updated_at, updated_by)
                VALUES (:id, :c, 1, 'Axe banc d’essai', 0, :now, 'bench', :now, 'bench')""").param("id", axis).param("c", convention).param("now", now).update();
        for (int i = 1; i <= 500; i++) {
            String status = i % 5 == 0 ? "IN_PROGRESS" : i % 3 == 0 ? "DONE" : "VALIDATED";
            String content = """
                    {"title":"Fiche %d","milestones":[{"dueOn":"%s","label":"Échéance","done":false}]}""".formatted(i, i % 5 == 0 ? "2022-06-30" : "2030-06-30");
            jdbc.sql("""
                    INSERT INTO actionplan.fiche (id, convention_id, axis_id, position, title, status, progress, content, version,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (:id, :c, :axis, :p, :title, :status, :progress, CAST(:content AS jsonb), 0, :now, 'bench', :now, 'bench')""")
                    .param("id", UUID.randomUUID())
                    .param("c", convention)
                    .param("axis", axis)
                    .param("p", i)
                    .param("title", "Fiche " + i)
                    .param("status", status)
                    .param("progress", "DONE".equals(status) ? 100 : 40)
                    .param("content", content)
                    .param("now", now)
                    .update();
        }
        for (int i = 1; i <= 500; i++) {
            StringBuilder measures = new StringBuilder("{");
            for (int y = 2021; y <= 2024; y++) {
                if (y > 2021) measures.append(',');
                measures.append(
                        "\"%d\":{\"value\":%d,\"enteredBy\":\"bench\",\"enteredAt\":\"2024-01-01T10:00:00+01:00\"}"
                                .formatted(y, i + y - 2000));
            }
            measures.append('}');
            jdbc.sql("""
                    INSERT INTO evaluation.indicator (id, convention_id, name, unit, direction, position, targets, measures, version,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (:id, :c, :name, 'NUMBER', 'HIGHER_IS_BETTER', :p, CAST('{"2022": 30, "2024": 40}' AS jsonb),
                        CAST(:measures AS jsonb), 0, :now, 'bench', :now, 'bench')""")
                    .param("id", UUID.randomUUID())
                    .param("c", convention)
                    .param("name", "Indicateur " + i)
                    .param("p", i)
                    .param("measures", measures.toString())
                    .param("now", now)
                    .update();
        }

        Timings timings = new Timings(port, 10, 40);
        HttpClient pages = timings.signedIn("caf-nord");
        HttpClient api = HttpClient.newHttpClient();
        String[] basic = {"Authorization", Timings.basic("caf-nord")};
        timings.time("page annual review 2023", pages, "/conventions/" + convention + "/evaluation/revues/2023");
        timings.time("api  annual review 2023", api, "/api/v1/conventions/" + convention + "/reviews/2023", basic);
        timings.time("page action plan table (500 fiches)", pages, "/conventions/" + convention + "/plan");
        timings.time("page milestone calendar (500 fiches)", pages, "/conventions/" + convention + "/plan/calendrier");
        timings.time("api  action plan (500 fiches)", api, "/api/v1/conventions/" + convention + "/plan", basic);
        timings.time("page final bilan", pages, "/conventions/" + convention + "/evaluation/bilan");
        timings.time(
                "page LLH annual review 2022 (demo)",
                pages,
                "/conventions/6c1f0f1e-2021-4c71-8a11-0000000000a1/evaluation/revues/2022");
        org.slf4j.LoggerFactory.getLogger(EvaluationBenchmarkTests.class)
                .warn(timings.report(
                        "Evaluation benchmark: 500 fiches, 500 indicators, 2 000 values (server round trip, ms)", 45));
    }
}
