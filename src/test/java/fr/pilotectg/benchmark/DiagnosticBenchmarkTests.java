package fr.pilotectg.benchmark;

import fr.pilotectg.IntegrationTest;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The diagnostic's speed target (issue 4: the page well under 200 ms on the demo data), run with
 * `./mvnw -Pbenchmark verify`: the LLH diagnostic (3 communes, 262 register entries) and schéma, page and API, measured
 * over HTTP on localhost after a warm-up. Figures are logged, not asserted.
 */
@IntegrationTest
@Tag("benchmark")
class DiagnosticBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticBenchmarkTests.class);
    private static final String LLH = "6c1f0f1e-2021-4c71-8a11-0000000000a1";

    @LocalServerPort
    int port;

    @Test
    void diagnosticAndSchemaPages() throws Exception {
        Timings timings = new Timings(port, 10, 40);
        HttpClient pages = timings.signedIn("caf-nord");
        timings.time(
                "/conventions/" + LLH + "/diagnostic",
                pages,
                "/conventions/" + LLH + "/diagnostic",
                "Accept",
                "text/html");
        timings.time(
                "/api/v1/conventions/" + LLH + "/diagnostic",
                pages,
                "/api/v1/conventions/" + LLH + "/diagnostic",
                "Accept",
                "application/json",
                "Authorization",
                Timings.basic("caf-nord"));
        timings.time(
                "/conventions/" + LLH + "/schema", pages, "/conventions/" + LLH + "/schema", "Accept", "text/html");
        log.info(timings.report(
                "BENCHMARK diagnostic (server round trip on loopback, ms; target: well under 200 ms)", 70));
    }
}
