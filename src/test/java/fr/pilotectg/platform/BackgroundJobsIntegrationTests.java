package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import fr.pilotectg.IntegrationTest;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly calendar of the conventions is a row of the shared scheduler table, not a timer in one JVM: whichever
 * instance picks it runs it, once.
 */
@IntegrationTest
class BackgroundJobsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SchedulerClient client;

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

    /**
     * Spring stops the lifecycle of an idle cached test context and starts it again when a test needs it (and an
     * operator may do the same): the scheduler must come back, and its client keep working in between.
     */
    @Test
    void the_scheduler_starts_again_after_a_stop_and_its_client_works_stopped_or_running() {
        SmartLifecycle jobs = context.getBean("backgroundJobs", SmartLifecycle.class);
        assertThat(jobs.isRunning()).isTrue();
        try {
            jobs.stop();
            assertThat(jobs.isRunning()).isFalse();
            assertThat(client.getScheduledExecutionsForTask("convention-calendar"))
                    .hasSize(1);
        } finally {
            jobs.start();
        }
        assertThat(jobs.isRunning()).isTrue();
        assertThat(client.getScheduledExecutionsForTask("convention-calendar")).hasSize(1);
    }
}
