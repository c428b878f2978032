package fr.pilotectg.benchmark;

import fr.pilotectg.IntegrationTest;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The main pages and API lists at national scale (issue 15): the national data set ({@link NationalDataSet}, scale
 * {@code -Dnational.scale}, default 1) loaded into a database of its own, then timed as the agent of the generated Caf
 * with the most conventions, each beside its SQL floor. A benchmark reports figures; it does not fail on them.
 */
@IntegrationTest
@TestPropertySource(properties = "pilote.test.context=national-data")
@Tag("benchmark")
class NationalScaleBenchmarkTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void mainPagesAgainstTheirFloor() throws Exception {
        double scale = Double.parseDouble(System.getProperty("national.scale", "1"));
        long seed = Long.parseLong(System.getProperty("national.seed", "15"));
        var log = org.slf4j.LoggerFactory.getLogger(NationalScaleBenchmarkTests.class);
        if (!NationalDataSet.loaded(dataSource))
            log.warn(
                    "National data set (seed {}, scale {}): {}",
                    seed,
                    scale,
                    new NationalDataSet(
                                    seed, scale, LocalDate.parse(System.getProperty("pilote.test.today", "2026-06-15")))
                            .load(dataSource));
        String agent = NationalBenchmarkSupport.cafAgent(jdbc);
        long visible = jdbc.sql("""
                        SELECT count(*) FROM convention.convention c
                        WHERE c.departements && (SELECT o.departements FROM directory.organisation o
                                                 JOIN directory.user_account u ON u.organisation_id = o.id WHERE u.username = :login)""").param("login", agent).query(Long.class).single();
        String report = ScaleBenchmark.run(
                "National scale " + scale + ", " + agent + " (" + visible
                        + " conventions in reach; server round trip on loopback and SQL floor, ms)",
                port,
                jdbc,
                agent,
                NationalBenchmarkSupport.token(jdbc, agent));
        log.warn(report);
    }
}
