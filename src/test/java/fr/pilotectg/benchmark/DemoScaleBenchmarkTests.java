package fr.pilotectg.benchmark;

import fr.pilotectg.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main pages and API lists at demo scale, as the Caf du Nord agent, with their SQL floors (issue 15; the national
 * scale is {@link NationalScaleBenchmarkTests}). A benchmark reports figures; it does not fail on them.
 */
@IntegrationTest
@Tag("benchmark")
class DemoScaleBenchmarkTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mainPagesAgainstTheirFloor() throws Exception {
        String report = ScaleBenchmark.run(
                "Demo scale, caf-nord (server round trip on loopback and SQL floor, ms)",
                port,
                jdbc,
                "caf-nord",
                NationalBenchmarkSupport.token(jdbc, "caf-nord"));
        org.slf4j.LoggerFactory.getLogger(DemoScaleBenchmarkTests.class).warn(report);
    }
}
