package fr.pilotectg.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, point 1: the home page of those who prepare the annual reviews names the conventions in force that ran last
 * year (the clock stands in 2026: the 2025 review) without a presented review of that year, and stops naming one once
 * its review is presented; a reader has no such section.
 */
@IntegrationTest
class ReviewsDueHomeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConventionInForceWithoutItsPresentedReviewIsNamedUntilTheReviewIsPresented() {
        String title = Fixtures.unique("CTG revue due");
        // Ending the day after the test clock's day, it comes first of the conventions in force (ending soonest first).
        String id = Fixtures.of(port, jdbc)
                .signed(title, "2022-01-01", "2026-06-16", "2023-02-10")
                .get("id")
                .asString();

        String home = PageSession.signIn(port, "caf-nord", "demo").get("/").body();
        assertThat(home).contains("id=\"revues-dues\"").contains("non présentée");
        assertThat(section(home)).contains("/conventions/" + id + "/evaluation/revues/2025");

        Api caf = Api.as(port, "caf-nord", "demo");
        Api.Response written = caf.put(
                "/api/v1/conventions/" + id + "/reviews/2025", "{\"version\":0,\"conclusions\":\"Revue présentée.\"}");
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        Api.Response frozen = caf.post(
                "/api/v1/conventions/" + id + "/reviews/2025/freeze",
                "{\"version\":%d,\"presentedOn\":\"2026-03-12\"}"
                        .formatted(written.json().get("version").asInt()));
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(200);

        String after = PageSession.signIn(port, "caf-nord", "demo").get("/").body();
        assertThat(after).doesNotContain("/conventions/" + id + "/evaluation/revues/2025");

        String reader = PageSession.signIn(port, "lecteur", "demo").get("/").body();
        assertThat(reader).doesNotContain("id=\"revues-dues\"");
    }

    private static String section(String home) {
        int start = home.indexOf("id=\"revues-dues\"");
        return home.substring(start, home.indexOf("</section>", start));
    }
}
