package fr.pilotectg.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.platform.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, point 1: the home page of those who run conventions names the conventions whose bodies missed the meetings
 * their frequency expects (a COPIL twice a year that never met), with how many and the oldest; a reader has no such
 * section.
 */
@IntegrationTest
class OverdueHomeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConventionWhoseCopilNeverMetIsNamedOnTheAgentsHome() {
        Fixtures fixtures = Fixtures.of(port, jdbc);
        // Ending the day after the test clock's day, it comes first of the conventions in force (ending soonest first).
        String id = fixtures.signed(Fixtures.unique("CTG COPIL en retard"), "2022-01-01", "2026-06-16", "2023-02-10")
                .get("id")
                .asString();
        fixtures.body(id, "COPIL", "Comité de pilotage sans réunion");

        String home = PageSession.signIn(port, "caf-nord", "demo").get("/").body();
        int start = home.indexOf("id=\"gouvernance-en-retard\"");
        assertThat(start).as("the overdue governance section").isPositive();
        String section = home.substring(start, home.indexOf("</section>", start));
        assertThat(section)
                .contains("/conventions/" + id + "/gouvernance")
                .contains("réunions attendues non tenues")
                .contains("retard le plus ancien");

        String reader = PageSession.signIn(port, "lecteur", "demo").get("/").body();
        assertThat(reader).doesNotContain("id=\"gouvernance-en-retard\"");
    }
}
