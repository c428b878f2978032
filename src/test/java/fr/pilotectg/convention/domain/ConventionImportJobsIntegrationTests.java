package fr.pilotectg.convention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The convention import's job as the scheduler runs it: a job left running by an instance that was lost is run again
 * from its stored file, with its owner's rights, to its report; a file the run cannot read fails with its reason in
 * French; a job whose owner no longer exists runs nothing.
 */
@IntegrationTest
class ConventionImportJobsIntegrationTests {

    @Autowired
    ConventionImportRunner runner;

    @Autowired
    ConventionImportJobStore store;

    @Autowired
    JdbcClient jdbc;

    private UUID job(String owner, String state, byte[] file) {
        UUID id = UUID.randomUUID();
        UUID ownerId = jdbc.sql("SELECT id FROM directory.user_account WHERE username = :u")
                .param("u", owner)
                .query(UUID.class)
                .optional()
                .orElse(UUID.randomUUID());
        jdbc.sql("""
                        INSERT INTO convention.import_job (id, owner_id, owner_login, created_at, filename, file, dry_run,
                                                           state, done, total)
                        VALUES (:id, :owner, :login, :at, 'reprise.xlsx', :file, true, :state, 0, 1)
                        """)
                .param("id", id)
                .param("owner", ownerId)
                .param("login", owner)
                .param("at", OffsetDateTime.now())
                .param("file", file)
                .param("state", state)
                .update();
        return id;
    }

    @Test
    void aJobLeftRunningIsRunAgainFromItsFileWithItsOwnersRights() {
        UUID id = job("caf-nord", "RUNNING", ConventionImportTemplate.of("Caisse d'allocations familiales du Nord"));
        runner.run(new ConventionImportJobs.Run(id));
        ConventionImportJobs.Job job = store.find(id).orElseThrow();
        assertThat(job.state()).as(String.valueOf(job.failure())).isEqualTo(ConventionImportJobs.State.DONE);
        assertThat(job.report().problems()).isEmpty();
        assertThat(job.report().conventions()).hasSize(1);
        assertThat(job.report().committed()).isFalse();
        assertThat(job.done()).isEqualTo(job.total());
    }

    @Test
    void aFileTheRunCannotReadFailsWithItsReasonInFrench() {
        UUID id = job("caf-nord", "QUEUED", "pas un classeur".getBytes());
        runner.run(new ConventionImportJobs.Run(id));
        ConventionImportJobs.Job job = store.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(ConventionImportJobs.State.FAILED);
        assertThat(job.failure()).isNotBlank().doesNotContain("CONVENTION_IMPORT");
        assertThat(job.report()).isNull();
    }

    @Test
    void aJobWhoseOwnerIsGoneRunsNothing() {
        UUID id = job("personne-" + UUID.randomUUID(), "QUEUED", ConventionImportTemplate.of("Caf"));
        runner.run(new ConventionImportJobs.Run(id));
        ConventionImportJobs.Job job = store.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(ConventionImportJobs.State.FAILED);
        assertThat(job.failure()).contains("n’existe pas");
        assertThat(job.report()).isNull();
    }
}
