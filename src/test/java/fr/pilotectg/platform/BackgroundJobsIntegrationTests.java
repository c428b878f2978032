package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly calendar of the conventions is a row of the shared scheduler table, not a timer in one JVM: whichever
 * instance picks it runs it, once.
 */
@IntegrationTest
class BackgroundJobsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_convention_calendar_is_scheduled_once_in_the_database_for_five_past_midnight_in_paris() {
        var rows = jdbc.sql("""
                        SELECT execution_time FROM platform.scheduled_tasks
                        WHERE task_name = 'convention-calendar'
                        """).query(OffsetDateTime.class).list();

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalTime())
                .isEqualTo(LocalTime.of(0, 5));
    }
}
