package fr.pilotectg.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.pilotectg.IntegrationTest;
import fr.pilotectg.SignedIn;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Import jobs live in PostgreSQL and run on the shared scheduler: what one instance started, any instance shows, and a
 * run whose instance was lost is taken up again and finishes.
 */
@IntegrationTest
class ImportJobsIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private ImportTable table() {
        String prefix = "Tâche " + UUID.randomUUID().toString().substring(0, 8);
        List<String> headers = List.of("Type", "Nom", "Commune", "Capacité");
        return new ImportTable(
                "registre.csv",
                headers,
                List.of(
                        new ImportTable.Row(2, new String[] {"Multi-accueil", prefix + " A", "59017", "20"}),
                        new ImportTable.Row(3, new String[] {"Ludothèque", prefix + " B", "99999", ""})));
    }

    private ImportJobs.Job stored(UUID id) {
        return SignedIn.as(users, "caf-nord", () -> jobs.get(id));
    }

    @Test
    void a_dry_run_is_stored_with_its_report_and_only_its_owner_sees_it() {
        ImportJobs.Job job = SignedIn.as(users, "caf-nord", () -> jobs.create(table()));
        assertThat(jdbc.sql("SELECT row_count FROM equipment.import_job WHERE id = :id")
                        .param("id", job.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        SignedIn.as(users, "caf-nord", () -> {
            jobs.check(job, job.mapping());
            return null;
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> !stored(job.id()).running());
        ImportJobs.Job checked = stored(job.id());
        assertThat(checked.state()).isEqualTo(ImportJobs.State.CHECKED);
        assertThat(checked.report().total()).isEqualTo(2);
        assertThat(checked.report().rejected()).isEqualTo(1);
        assertThat(checked.report().committed()).isFalse();
        assertThat(checked.percent()).isEqualTo(100);
        assertThat(SignedIn.as(users, "lille", () -> {
                    try {
                        jobs.get(job.id());
                        return "seen";
                    } catch (fr.pilotectg.shared.DomainException e) {
                        return e.code();
                    }
                }))
                .isEqualTo("IMPORT_NOT_FOUND");
    }

    @Test
    void a_run_left_by_a_lost_instance_is_taken_up_and_finishes() {
        ImportJobs.Job job = SignedIn.as(users, "caf-nord", () -> jobs.create(table()));
        // What a stopped instance leaves behind: the job marked as being checked, its task picked long ago, no
        // heartbeat.
        SignedIn.as(users, "caf-nord", () -> {
            jobs.check(job, job.mapping());
            return null;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> !stored(job.id()).running());
        jdbc.sql("UPDATE equipment.import_job SET state = 'CHECKING', report = NULL, done = 0 WHERE id = :id")
                .param("id", job.id())
                .update();
        jdbc.sql("""
                        INSERT INTO platform.scheduled_tasks
                            (task_name, task_instance, task_data, execution_time, picked, picked_by, last_heartbeat,
                             version)
                        VALUES ('equipment-import', :instance, :data, now() - interval '10 minutes', true,
                                'instance-perdue', now() - interval '10 minutes', 1)
                        """)
                .param("instance", UUID.randomUUID().toString())
                .param("data", serialised(new ImportJobs.Run(job.id(), ImportJobs.State.CHECKING)))
                .update();

        await().atMost(Duration.ofSeconds(90)).until(() -> !stored(job.id()).running());
        ImportJobs.Job revived = stored(job.id());
        assertThat(revived.state()).isEqualTo(ImportJobs.State.CHECKED);
        assertThat(revived.report().rejected()).isEqualTo(1);
    }

    private static byte[] serialised(Object data) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
