package fr.pilotectg.convention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.Api;
import fr.pilotectg.Fixtures;
import fr.pilotectg.IntegrationTest;
import fr.pilotectg.MutableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The nightly job by time travel: the clock moves past a signed convention's start, its end, a termination's
 * effective date, and {@link ConventionCalendar} brings the recorded status up to date, audited. The job moves every
 * convention of the database, so this class has a database of its own (its own context, closed afterwards).
 */
@IntegrationTest
@TestPropertySource(properties = "pilote.test.database=convention-calendar")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConventionCalendarIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ConventionCalendar calendar;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = Fixtures.of(port, jdbc);
        clock.setToday(LocalDate.of(2030, 1, 20));
    }

    private JsonNode convention(String id) {
        return fixtures.caf().get("/api/v1/conventions/" + id).json();
    }

    private String status(String id) {
        return convention(id).get("status").asString();
    }

    private String audit(String id) {
        return fixtures.caf()
                .get("/api/v1/audit?entityType=convention&entityId=" + id)
                .body();
    }

    @Test
    void aSignedConventionEntersIntoForceOnItsStartDateAndExpiresAfterItsEnd() {
        String id = fixtures.signed(Fixtures.unique("CTG calendrier"), "2030-03-01", "2033-12-31", "2030-01-15")
                .get("id")
                .asString();
        assertThat(status(id)).isEqualTo("SIGNED");

        clock.setToday(LocalDate.of(2030, 2, 28));
        calendar.refresh();
        assertThat(status(id)).as("the day before its start").isEqualTo("SIGNED");
        assertThat(audit(id)).doesNotContain("status-refreshed");

        clock.setToday(LocalDate.of(2030, 3, 1));
        calendar.refresh();
        assertThat(status(id)).isEqualTo("ACTIVE");
        assertThat(audit(id)).contains("status-refreshed", "Statut mis à jour selon le calendrier");

        clock.setToday(LocalDate.of(2033, 12, 31));
        calendar.refresh();
        assertThat(status(id)).as("on its last day").isEqualTo("ACTIVE");

        clock.setToday(LocalDate.of(2034, 1, 1));
        calendar.refresh();
        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_event WHERE entity_id = :id AND action = 'status-refreshed'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aTerminatedConventionStopsOnTheDayTheTerminationTakesEffect() {
        String id = fixtures.signed(
                        Fixtures.unique("CTG calendrier résiliée"), "2030-03-01", "2033-12-31", "2030-01-15")
                .get("id")
                .asString();
        clock.setToday(LocalDate.of(2030, 4, 1));
        calendar.refresh();
        assertThat(status(id)).isEqualTo("ACTIVE");

        Api.Response notice = fixtures.caf().post("/api/v1/conventions/" + id + "/terminations", """
                {"version":%d,"kind":"NOTICE","actOn":"2030-04-01","party":"%s"}""".formatted(
                        convention(id).get("version").asInt(), fixtures.organisation("Ville d'Armentières")));
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(notice.json().get("terminations").get(0).get("effectiveOn").asString())
                .isEqualTo("2030-10-01");
        assertThat(notice.json().get("status").asString())
                .as("notice given, not yet in effect")
                .isEqualTo("ACTIVE");

        clock.setToday(LocalDate.of(2030, 9, 30));
        calendar.refresh();
        assertThat(status(id)).isEqualTo("ACTIVE");

        clock.setToday(LocalDate.of(2030, 10, 1));
        calendar.refresh();
        assertThat(status(id)).isEqualTo("TERMINATED");
        assertThat(audit(id)).contains("status-refreshed", "Résiliée");

        clock.setToday(LocalDate.of(2034, 6, 1));
        calendar.refresh();
        assertThat(status(id)).as("terminated is final").isEqualTo("TERMINATED");
    }
}
