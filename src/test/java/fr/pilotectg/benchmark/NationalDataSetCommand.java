package fr.pilotectg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The command that loads the national data set (issue 15):
 * {@code ./mvnw -Pnational verify -Dnational.scale=1 -Dnational.seed=15}. It starts the application on its own
 * database (an embedded one, or the one of {@code SPRING_DATASOURCE_URL}, migrated and with the demo data), loads
 * {@link NationalDataSet} into it, prints what it wrote and how long it took (under 2 minutes at scale 1), adds the
 * user {@code caf-national} (password {@code demo}, agent of the first generated Caf) and checks that every page of a
 * sample of generated conventions, and every list, answers 200 to an administrator and to that agent.
 */
@IntegrationTest
@TestPropertySource(properties = "pilote.test.context=national-data")
@Tag("national")
class NationalDataSetCommand {

    private static final Logger log = LoggerFactory.getLogger(NationalDataSetCommand.class);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheNationalDataSet() throws Exception {
        double scale = Double.parseDouble(System.getProperty("national.scale", "1"));
        long seed = Long.parseLong(System.getProperty("national.seed", "15"));
        assertThat(NationalDataSet.loaded(dataSource))
                .as("a national data set is loaded once into a database")
                .isFalse();
        NationalDataSet.Figures figures = new NationalDataSet(seed, scale, today()).load(dataSource);
        log.warn("National data set (seed {}, scale {}): {}", seed, scale, figures);
        String agent = NationalBenchmarkSupport.cafAgent(jdbc);
        log.warn("Signed-in agent of a generated Caf: {} (password demo)", agent);

        assertThat(figures.conventions()).isEqualTo((int) Math.max(1, Math.round(2000 * scale)));
        assertThat(figures.fiches()).isGreaterThanOrEqualTo(25L * figures.conventions());
        if (scale >= 1)
            assertThat(figures.millis()).as("load time at national scale").isLessThan(120_000);

        List<UUID> sample = jdbc.sql("""
                        SELECT id FROM convention.convention WHERE title LIKE 'CTG % n° %' ORDER BY id LIMIT 5""").query(UUID.class).list();
        assertThat(sample).isNotEmpty();
        String commune = jdbc.sql("SELECT communes[1] FROM convention.convention WHERE id = :id")
                .param("id", sample.get(0))
                .query(String.class)
                .single();
        List<String> paths = new ArrayList<>(List.of(
                "/",
                "/conventions",
                "/conventions?alerts=true",
                "/equipements?communes=" + commune,
                "/audit",
                "/deliberations",
                "/organisations"));
        for (UUID id : sample)
            for (String page : List.of(
                    "",
                    "/plan",
                    "/plan/calendrier",
                    "/gouvernance",
                    "/evaluation",
                    "/diagnostic",
                    "/schema",
                    "/financement")) paths.add("/conventions/" + id + page);
        List<UUID> own = jdbc.sql("""
                        SELECT c.id FROM convention.convention c JOIN directory.user_account u ON u.organisation_id = c.caf_id
                        WHERE u.username = :login ORDER BY c.id LIMIT 3""").param("login", agent).query(UUID.class).list();
        List<String> agentPaths = new ArrayList<>(paths.subList(0, 7));
        for (UUID id : own)
            for (String page : List.of("", "/plan", "/gouvernance", "/evaluation"))
                agentPaths.add("/conventions/" + id + page);
        for (String user : List.of("admin", agent)) {
            HttpClient pages = new Timings(port, 0, 1).signedIn(user);
            for (String path : user.equals("admin") ? paths : agentPaths) {
                HttpResponse<String> response = pages.send(
                        HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode())
                        .as(user + " " + path + ": "
                                + response.body()
                                        .substring(
                                                0, Math.min(400, response.body().length())))
                        .isEqualTo(200);
            }
        }
        for (String path : List.of(
                "/api/v1/conventions",
                "/api/v1/conventions?alerts=true",
                "/api/v1/audit",
                "/api/v1/conventions/" + own.get(0))) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                    .header("Authorization", Timings.basic(agent))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        }
    }

    private LocalDate today() {
        return LocalDate.parse(System.getProperty("pilote.test.today", "2026-06-15"));
    }
}
